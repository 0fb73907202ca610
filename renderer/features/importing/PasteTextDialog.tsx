import { useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import type { ImportResult } from '../../../src/shared/schemas/article';
import { useBusyAction } from '../../hooks/useBusyAction';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
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
  const [draft, setDraft] = useState<PasteDraft>(emptyDraft);
  const [errors, setErrors] = useState<Partial<Record<keyof PasteDraft, string>>>({});
  const { busy, problem, setProblem, run } = useBusyAction();

  function close() {
    if (busy) return;
    setErrors({});
    setProblem(null);
    onClose();
  }

  function submit() {
    if (draft.text.trim() === '') {
      setErrors({ text: 'is empty: paste the article’s text first.' });
      return;
    }
    void run(
      async () => {
        const result = await client.call('articles.importText', {
          text: draft.text,
          title: draft.title.trim() || undefined,
          sourceUrl: draft.sourceUrl.trim() || undefined,
        });
        setDraft(emptyDraft);
        setErrors({});
        onImported(result);
        onClose();
      },
      (error) => {
        const { byField, other } = fieldIssues(error, '', ['text', 'title', 'sourceUrl']);
        setErrors(byField);
        return Object.keys(byField).length > 0 ? 'Correct the marked fields and try again.' : [errorMessage(error), ...other].join(' ');
      },
    );
  }

  return (
    <ConfirmDialog
      open={open}
      className="paste-dialog"
      titleId="paste-dialog-title"
      title="Paste text"
      subtitle="The pasted text is kept exactly as the original of a new article."
      busy={busy}
      problem={problem}
      lockEscape={busy}
      confirmLabel="Import text"
      busyLabel="Importing…"
      onConfirm={submit}
      onClose={close}
    >
      <PasteTextFields draft={draft} errors={errors} onChange={setDraft} />
    </ConfirmDialog>
  );
}
