import { TextField } from '../../ui/form/TextField';

export interface PasteDraft {
  text: string;
  title: string;
  sourceUrl: string;
}

interface PasteTextFieldsProps {
  draft: PasteDraft;
  errors: Partial<Record<keyof PasteDraft, string>>;
  onChange: (draft: PasteDraft) => void;
}

/** The paste dialog's three fields: the text itself, and an optional title and source URL. */
export function PasteTextFields({ draft, errors, onChange }: PasteTextFieldsProps) {
  const set = (field: keyof PasteDraft) => (value: string) => onChange({ ...draft, [field]: value });
  return (
    <div className="paste-fields">
      <TextField
        id="paste-text"
        label="Text"
        subject="The text"
        error={errors.text}
        multiline
        className="paste-textarea"
        dir="auto"
        rows={12}
        value={draft.text}
        placeholder="Paste the article here. Arabic and English both work."
        onValue={set('text')}
      />
      <div className="paste-row">
        <TextField
          id="paste-title"
          label="Title"
          optional
          error={errors.title}
          dir="auto"
          autoComplete="off"
          value={draft.title}
          placeholder="A short title for the library list"
          onValue={set('title')}
        />
        <TextField
          id="paste-source-url"
          label="Source URL"
          optional
          error={errors.sourceUrl}
          className="mono"
          dir="ltr"
          inputMode="url"
          autoComplete="off"
          value={draft.sourceUrl}
          placeholder="https://…"
          onValue={set('sourceUrl')}
        />
      </div>
    </div>
  );
}
