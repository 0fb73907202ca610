import { useCallback, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { compactBytes } from '../../lib/format';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { bumpDataVersion } from '../undo/dataVersion';
import { useMutate } from '../undo/useMutate';
import { bumpBackupsVersion } from './backupSignal';
import type { Backup, WorkspaceCheck } from './backupWords';

const clockTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

export type CheckState = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; report: WorkspaceCheck; at: string } | { kind: 'failed'; message: string };

/** Back up now, restore a backup, check the workspace: each with its busy state and its notice. */
export function useBackupActions() {
  const client = useClient();
  const mutate = useMutate();
  const { notify } = useNotices();
  const [creating, setCreating] = useState(false);
  const [check, setCheck] = useState<CheckState>({ kind: 'idle' });

  const create = useCallback(async (): Promise<Backup | null> => {
    setCreating(true);
    try {
      const backup = await client.call('backups.create', {});
      notify({ tone: 'success', title: 'Backed up the workspace.', detail: `A checked copy of ${compactBytes(backup.bytes)} is in the backups folder.` });
      return backup;
    } catch (error) {
      notify({ tone: 'error', title: 'The backup was not made.', detail: `${errorMessage(error)} The earlier backups are unchanged; try again.` });
      return null;
    } finally {
      setCreating(false);
      bumpBackupsVersion();
    }
  }, [client, notify]);

  /** Throws on failure, for the confirmation to show; on success every view reloads. */
  const restore = useCallback(
    async (backup: Backup) => {
      try {
        return await mutate('backups.restore', { file: backup.file });
      } finally {
        bumpBackupsVersion();
        bumpDataVersion();
      }
    },
    [mutate],
  );

  const runCheck = useCallback(async () => {
    setCheck({ kind: 'checking' });
    try {
      const report = await client.call('workspace.check', {});
      setCheck({ kind: 'done', report, at: clockTime.format(new Date()) });
    } catch (error) {
      setCheck({ kind: 'failed', message: errorMessage(error) });
    }
  }, [client]);

  return { creating, create, restore, check, runCheck };
}
