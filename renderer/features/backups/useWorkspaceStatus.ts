import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../src/shared/api/contract';
import { useClient } from '../../api/ClientContext';
import { useBackupsVersion } from './backupSignal';

export type WorkspaceStatus = MethodOutput<'workspace.status'>;

/** How the workspace was opened (read-only, no start-up backup, a recovered restore); asked again when backups change. */
export function useWorkspaceStatus(): WorkspaceStatus | null {
  const client = useClient();
  const backupsVersion = useBackupsVersion();
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  useEffect(() => {
    let current = true;
    client
      .call('workspace.status', {})
      .then((s) => current && setStatus(s))
      .catch(() => current && setStatus(null)); // the backups list shows its own error
    return () => {
      current = false;
    };
  }, [client, backupsVersion]);
  return status;
}
