import { errorMessage } from '../../api/errorMessage';
import { useBusyAction } from '../../hooks/useBusyAction';
import { formatTimestamp } from '../../lib/format';
import { ConfirmDialog } from '../../ui/dialog/ConfirmDialog';
import { reasonLabel, type Backup } from './backupWords';

interface RestoreBackupDialogProps {
  target: Backup | null;
  onClose: () => void;
  onRestore: (backup: Backup) => Promise<unknown>;
  onRestored: (backup: Backup) => void;
}

/** Before a restore: the current workspace is kept aside as a backup first, then the chosen one replaces it. */
export function RestoreBackupDialog({ target, onClose, onRestore, onRestored }: RestoreBackupDialogProps) {
  const { busy, problem, setProblem, run } = useBusyAction();

  function restore() {
    if (!target) return;
    void run(
      async () => {
        await onRestore(target);
        onClose();
        onRestored(target);
      },
      (error) => `Nothing was restored: ${errorMessage(error)}`,
    );
  }

  const when = target ? formatTimestamp(target.createdAt) : '';
  return (
    <ConfirmDialog
      open={target !== null}
      className="dialog-narrow"
      titleId="restore-backup-title"
      title={`Restore the backup of ${when}?`}
      subtitle={target && reasonLabel[target.reason]}
      describedBy="restore-backup-what"
      busy={busy}
      problem={problem}
      cancelFirst
      confirmLabel="Restore this backup"
      busyLabel="Restoring…"
      onConfirm={restore}
      onClose={() => {
        setProblem(null);
        onClose();
      }}
    >
      <ol id="restore-backup-what" className="dialog-list">
        <li>
          <strong>First, the workspace as it is now is kept aside as a backup</strong> (“Before a restore”), so nothing is lost: you can restore it the same
          way.
        </li>
        <li>Then articles, highlights, codes, cases, memos and the trash become exactly as they were on {when}.</li>
        <li>Everything on screen reloads from the restored workspace.</li>
      </ol>
    </ConfirmDialog>
  );
}
