import { useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useModalDialog } from '../importing/useModalDialog';
import { useMutate } from '../undo/useMutate';
import './dialog-form.css';

interface DeleteCaseDialogProps {
  target: Case | null;
  onClose: () => void;
  onDeleted: (deleted: Case) => void;
}

/** Says exactly what goes (the case, its description and memos) and what stays (its articles). */
export function DeleteCaseDialog({ target, onClose, onDeleted }: DeleteCaseDialogProps) {
  const mutate = useMutate();
  const dialogRef = useModalDialog(target !== null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove() {
    if (!target || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await mutate('cases.delete', { id: target.id });
      onDeleted(target);
      onClose();
    } catch (error) {
      setProblem(`The case was not deleted: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-narrow" aria-labelledby="delete-case-title" aria-describedby="delete-case-what" onClose={onClose}>
      {target && (
        <div className="dialog-form">
          <header className="dialog-header">
            <h2 id="delete-case-title" className="dialog-title">
              Delete the case “{target.title}”?
            </h2>
          </header>
          <ul id="delete-case-what" className="dialog-list">
            <li>
              <strong>Goes to the trash:</strong> the case, its description and its memos.
            </li>
            <li>
              <strong>Stays:</strong> its {plural(target.articleCount, 'article')}, in the library and in any other case, with their highlights and memos.
            </li>
          </ul>
          <p className="dialog-text">You can undo this right after.</p>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <footer className="dialog-footer">
            <button type="button" className="btn" onClick={onClose} disabled={busy} autoFocus>
              Cancel
            </button>
            <button type="button" className="btn btn-danger" onClick={remove} disabled={busy}>
              {busy ? 'Deleting…' : 'Delete case'}
            </button>
          </footer>
        </div>
      )}
    </dialog>
  );
}
