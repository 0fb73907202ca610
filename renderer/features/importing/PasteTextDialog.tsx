import { useState, type FormEvent } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import type { ImportResult } from '../../../src/shared/schemas/article';
import { useModalDialog } from './useModalDialog';
import { PasteTextFields, type PasteDraft } from './PasteTextFields';

interface PasteTextDialogProps {
  open: boolean;
  onClose: () => void;
  onImported: (result: ImportResult) => void;
}

const emptyDraft: PasteDraft = { text: '', title: '', sourceUrl: '' };

/** Pastes text (Arabic or English) as a new article through articles.importText. */
export function PasteTextDialog({ open, onClose, onImported }: PasteTextDialogProps) {
  const client = useClient();
  const dialogRef = useModalDialog(open);
  const [draft, setDraft] = useState<PasteDraft>(emptyDraft);
  const [errors, setErrors] = useState<Partial<Record<keyof PasteDraft, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function close() {
    if (busy) return;
    setErrors({});
    setProblem(null);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.text.trim() === '') {
      setErrors({ text: 'is empty: paste the article’s text first.' });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await client.call('articles.importText', {
        text: draft.text,
        title: draft.title.trim() || undefined,
        sourceUrl: draft.sourceUrl.trim() || undefined,
      });
      setDraft(emptyDraft);
      setErrors({});
      onImported(result);
      onClose();
    } catch (error) {
      const { byField, other } = fieldIssues(error, '', ['text', 'title', 'sourceUrl']);
      setErrors(byField);
      setProblem(Object.keys(byField).length > 0 ? 'Correct the marked fields and try again.' : [errorMessage(error), ...other].join(' '));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog paste-dialog"
      aria-labelledby="paste-dialog-title"
      onClose={close}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      <form className="paste-form" onSubmit={submit} noValidate>
        <header className="dialog-header">
          <h2 id="paste-dialog-title" className="dialog-title">
            Paste text
          </h2>
          <p className="dialog-subtitle">The pasted text is kept exactly as the original of a new article.</p>
        </header>
        <PasteTextFields draft={draft} errors={errors} onChange={setDraft} />
        {problem && (
          <p className="field-error paste-problem" role="alert">
            {problem}
          </p>
        )}
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={close} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Importing…' : 'Import text'}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
