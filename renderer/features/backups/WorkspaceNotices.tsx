import { useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { compactBytes } from '../../lib/format';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { bumpBackupsVersion } from './backupSignal';
import type { WorkspaceStatus } from './useWorkspaceStatus';

/** "412 KB free; a backup needs about 1.2 MB." */
export function spaceLine(failed: NonNullable<WorkspaceStatus['backupFailed']>): string {
  const free = failed.freeBytes === null ? 'The free space is unknown' : `${compactBytes(failed.freeBytes)} free`;
  return `${free}; a backup needs about ${compactBytes(failed.neededBytes)}.`;
}

/** The backups dialog's account of how the workspace was opened, with a way to free space when a backup could not be made. */
export function WorkspaceNotices({ status }: { status: WorkspaceStatus | null }) {
  const client = useClient();
  const { notify } = useNotices();
  const [freeing, setFreeing] = useState(false);
  if (!status || (!status.readOnly && !status.backupFailed && !status.recovered)) return null;
  const failed = status.backupFailed;

  const freeSpace = async () => {
    setFreeing(true);
    try {
      const r = await client.call('backups.freeSpace', {});
      notify({ tone: 'success', title: `Freed ${compactBytes(r.freedBytes)}.`, detail: `${r.removed} old automatic ${r.removed === 1 ? 'backup was' : 'backups were'} deleted; the newest is kept. Now “Back up now” can make a backup.` });
    } catch (error) {
      notify({ tone: 'error', title: 'No space was freed.', detail: errorMessage(error) });
    } finally {
      setFreeing(false);
      bumpBackupsVersion();
    }
  };

  return (
    <div className="workspace-notices" role="status" data-testid="workspace-notices">
      {status.readOnly && (
        <p className="workspace-notice">
          <strong>This workspace is open read-only.</strong> {status.readOnly[0].toUpperCase() + status.readOnly.slice(1)}, so nothing can be changed and no backup can be made. Copy the workspace folder somewhere writable to work on it.
        </p>
      )}
      {failed && (
        <p className="workspace-notice">
          <strong>No backup could be made when Fieldnotes started.</strong> {failed.reason} {spaceLine(failed)}{' '}
          {failed.automaticBackupBytes > 0 ? (
            <button type="button" className="btn" disabled={freeing} onClick={() => void freeSpace()}>
              {freeing ? 'Deleting…' : `Delete old automatic backups (frees ${compactBytes(failed.automaticBackupBytes)})`}
            </button>
          ) : (
            'Free space on that disk, then choose “Back up now”.'
          )}
        </p>
      )}
      {status.recovered && (
        <p className="workspace-notice">
          <strong>An interrupted restore was undone.</strong> {status.recovered}
        </p>
      )}
    </div>
  );
}
