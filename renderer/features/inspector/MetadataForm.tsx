import { useState, type FormEvent } from 'react';
import type { Article } from '../../../src/shared/schemas/article';
import { useClient } from '../../api/ClientContext';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { TextField } from '../../ui/form/TextField';
import { isDirty, metadataFields, patchFromDraft, type MetadataField } from './metadataDraft';
import { useMetadataDraft } from './useMetadataDraft';
import { saveShortcut } from '../../ui/form/useRecordForm';

interface MetadataFormProps {
  article: Article;
  onSaved: (article: Article) => void;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; message: string; other: string[] };

const singleLineFields: { field: Exclude<MetadataField, 'notes'>; label: string; hint?: string; placeholder?: string; mono?: boolean; list?: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'sourceUrl', label: 'Source URL', placeholder: 'https://…', mono: true },
  { field: 'publisher', label: 'Publisher' },
  { field: 'author', label: 'Author' },
  { field: 'publishedAt', label: 'Publication date', placeholder: '2025-03-10', hint: 'A day, or a date and time with its offset.' },
  { field: 'language', label: 'Language', placeholder: 'ar', hint: 'A language tag: “ar” Arabic, “en” English.', list: 'language-tags' },
];

/** Editable metadata. Saves only changed fields through articles.update; messages appear under their field. */
export function MetadataForm({ article, onSaved }: MetadataFormProps) {
  const client = useClient();
  const { notify } = useNotices();
  const { draft, setField, forget } = useMetadataDraft(article);
  const [errors, setErrors] = useState<Partial<Record<MetadataField, string>>>({});
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const dirty = isDirty(draft, article);
  const idPrefix = `meta-${article.id}`;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const patch = patchFromDraft(draft, article);
    if (Object.keys(patch).length === 0 || save.kind === 'saving') return;
    setSave({ kind: 'saving' });
    try {
      const updated = await client.call('articles.update', { id: article.id, patch });
      setErrors({});
      setSave({ kind: 'saved', at: new Date().toLocaleTimeString() });
      forget();
      onSaved(updated);
    } catch (error) {
      const { byField, other } = fieldIssues(error, 'patch.', metadataFields);
      setErrors(byField);
      const message = Object.keys(byField).length > 0 ? 'Not saved: correct the marked fields and save again.' : `Not saved: ${errorMessage(error)}`;
      // Field problems are shown in the form; anything else also gets a notice.
      setSave({ kind: 'failed', message, other });
      if (Object.keys(byField).length === 0) notify({ tone: 'error', title: 'The metadata was not saved.', detail: `${errorMessage(error)} Your changes are still in the form; try saving again.` });
    }
  }

  const onKeyDown = saveShortcut(submit);

  function revert() {
    forget();
    setErrors({});
    setSave({ kind: 'idle' });
  }

  return (
    <form className="metadata-form" aria-label="Metadata" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      {singleLineFields.map(({ field, label, hint, placeholder, mono, list }) => (
        <TextField
          key={field}
          id={`${idPrefix}-${field}`}
          label={label}
          hint={hint}
          error={errors[field]}
          name={field}
          className={mono ? 'mono' : undefined}
          type="text"
          dir={field === 'title' || field === 'publisher' || field === 'author' ? 'auto' : 'ltr'}
          inputMode={field === 'sourceUrl' ? 'url' : undefined}
          autoComplete="off"
          spellCheck={field === 'title'}
          placeholder={placeholder}
          list={list}
          value={draft[field]}
          onValue={(value) => setField(field, value)}
        />
      ))}
      <datalist id="language-tags">
        <option value="ar">Arabic</option>
        <option value="en">English</option>
        <option value="fr">French</option>
        <option value="de">German</option>
        <option value="tr">Turkish</option>
        <option value="ku">Kurdish</option>
      </datalist>
      <TextField
        id={`${idPrefix}-notes`}
        label="Notes"
        error={errors.notes}
        multiline
        name="notes"
        dir="auto"
        rows={4}
        value={draft.notes}
        onValue={(value) => setField('notes', value)}
      />
      <div className="metadata-actions">
        <button type="submit" className="btn btn-primary" disabled={!dirty || save.kind === 'saving'}>
          {save.kind === 'saving' ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="btn" disabled={!dirty || save.kind === 'saving'} onClick={revert}>
          Revert
        </button>
        <span className="metadata-status" role="status">
          {save.kind === 'failed' ? (
            <span className="field-error">{save.message}</span>
          ) : dirty ? (
            'Unsaved changes · Ctrl+S saves'
          ) : save.kind === 'saved' ? (
            `Saved at ${save.at}`
          ) : (
            ''
          )}
        </span>
      </div>
      {save.kind === 'failed' && save.other.length > 0 && (
        <ul className="metadata-other-errors">
          {save.other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
