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

function ErrorLine({ id, label, message }: { id: string; label: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {/^[a-z]/.test(message) ? `${label} ${message}` : message}
    </p>
  );
}

/** The paste dialog's three fields: the text itself, and an optional title and source URL. */
export function PasteTextFields({ draft, errors, onChange }: PasteTextFieldsProps) {
  return (
    <div className="paste-fields">
      <div className="field">
        <label className="field-label" htmlFor="paste-text">
          Text
        </label>
        <textarea
          id="paste-text"
          className="input paste-textarea"
          dir="auto"
          rows={12}
          value={draft.text}
          placeholder="Paste the article here. Arabic and English both work."
          aria-invalid={Boolean(errors.text)}
          aria-describedby={errors.text ? 'paste-text-error' : undefined}
          onChange={(e) => onChange({ ...draft, text: e.target.value })}
        />
        <ErrorLine id="paste-text-error" label="The text" message={errors.text} />
      </div>
      <div className="paste-row">
        <div className="field">
          <label className="field-label" htmlFor="paste-title">
            Title <span className="field-optional">(optional)</span>
          </label>
          <input
            id="paste-title"
            className="input"
            dir="auto"
            autoComplete="off"
            value={draft.title}
            placeholder="A short title for the library list"
            aria-invalid={Boolean(errors.title)}
            aria-describedby={errors.title ? 'paste-title-error' : undefined}
            onChange={(e) => onChange({ ...draft, title: e.target.value })}
          />
          <ErrorLine id="paste-title-error" label="Title" message={errors.title} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="paste-source-url">
            Source URL <span className="field-optional">(optional)</span>
          </label>
          <input
            id="paste-source-url"
            className="input mono"
            dir="ltr"
            inputMode="url"
            autoComplete="off"
            value={draft.sourceUrl}
            placeholder="https://…"
            aria-invalid={Boolean(errors.sourceUrl)}
            aria-describedby={errors.sourceUrl ? 'paste-source-url-error' : undefined}
            onChange={(e) => onChange({ ...draft, sourceUrl: e.target.value })}
          />
          <ErrorLine id="paste-source-url-error" label="Source URL" message={errors.sourceUrl} />
        </div>
      </div>
    </div>
  );
}
