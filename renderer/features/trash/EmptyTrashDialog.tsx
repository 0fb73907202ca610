import { useState } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useModalDialog } from '../importing/useModalDialog';
import '../cases/dialog-form.css';

interface EmptyTrashDialogProps {
  open: boolean;
  /** How many items the trash lists. */
  count: number;
  onClose: () => void;
  onEmpty: () => Promise<unknown>;
}

/** Names how many items go for good before anything is removed. */
export function EmptyTrashDialog({ open, count, onClose, onEmpty }: EmptyTrashDialogProps) {
  const dialogRef = useModalDialog(open);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function empty() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await onEmpty();
      onClose();
    } catch (error) {
      setProblem(`The trash was not emptied: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-narrow" aria-labelledby="empty-trash-title" aria-describedby="empty-trash-what" onClose={onClose}>
      {open && (
        <div className="dialog-form">
          <header className="dialog-header">
            <h2 id="empty-trash-title" className="dialog-title">
              Empty the trash?
            </h2>
          </header>
          <ul id="empty-trash-what" className="dialog-list">
            <li>
              <strong>{plural(count, 'item')} will be permanently removed.</strong> Articles go with their highlights, memos and original files.
            </li>
            <li>This cannot be undone. Backups made before now still hold them.</li>
          </ul>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <footer className="dialog-footer">
            <button type="button" className="btn" onClick={onClose} disabled={busy} autoFocus>
              Cancel
            </button>
            <button type="button" className="btn btn-danger" onClick={empty} disabled={busy || count === 0}>
              {busy ? 'Emptying…' : `Remove ${plural(count, 'item')} for good`}
            </button>
          </footer>
        </div>
      )}
    </dialog>
  );
}
