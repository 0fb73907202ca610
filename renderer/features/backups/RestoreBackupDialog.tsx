import { useState } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { formatTimestamp } from '../../lib/format';
import { useModalDialog } from '../importing/useModalDialog';
import { reasonLabel, type Backup } from './backupWords';
import '../cases/dialog-form.css';

interface RestoreBackupDialogProps {
  target: Backup | null;
  onClose: () => void;
  onRestore: (backup: Backup) => Promise<unknown>;
  onRestored: (backup: Backup) => void;
}

/** Before a restore: the current workspace is kept aside as a backup first, then the chosen one replaces it. */
export function RestoreBackupDialog({ target, onClose, onRestore, onRestored }: RestoreBackupDialogProps) {
  const dialogRef = useModalDialog(target !== null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function restore() {
    if (!target || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await onRestore(target);
      onClose();
      onRestored(target);
    } catch (error) {
      setProblem(`Nothing was restored: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const when = target ? formatTimestamp(target.createdAt) : '';
  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog-narrow"
      aria-labelledby="restore-backup-title"
      aria-describedby="restore-backup-what"
      onClose={() => {
        setProblem(null);
        onClose();
      }}
    >
      {target && (
        <div className="dialog-form">
          <header className="dialog-header">
            <h2 id="restore-backup-title" className="dialog-title">
              Restore the backup of {when}?
            </h2>
            <p className="dialog-subtitle">{reasonLabel[target.reason]}</p>
          </header>
          <ol id="restore-backup-what" className="dialog-list">
            <li>
              <strong>First, the workspace as it is now is kept aside as a backup</strong> (“Before a restore”), so nothing is lost: you can
              restore it the same way.
            </li>
            <li>Then articles, highlights, codes, cases, memos and the trash become exactly as they were on {when}.</li>
            <li>Everything on screen reloads from the restored workspace.</li>
          </ol>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <footer className="dialog-footer">
            <button type="button" className="btn" onClick={onClose} disabled={busy} autoFocus>
              Cancel
            </button>
            <button type="button" className="btn btn-primary" onClick={restore} disabled={busy}>
              {busy ? 'Restoring…' : 'Restore this backup'}
            </button>
          </footer>
        </div>
      )}
    </dialog>
  );
}
