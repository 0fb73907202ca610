import { useEffect, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useBackupsVersion } from './backupSignal';
import type { Backup } from './backupWords';

interface BackupListState {
  backups: Backup[];
  loaded: boolean;
  error: string | null;
}

/**
 * The workspace backups, newest first; asked again when one is made or restored, and every
 * `refreshMs` when given (automatic backups appear without anyone asking).
 */
export function useBackupList(refreshMs?: number): BackupListState & { now: number } {
  const client = useClient();
  const backupsVersion = useBackupsVersion();
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<BackupListState & { now: number }>({ backups: [], loaded: false, error: null, now: Date.now() });

  useEffect(() => {
    if (!refreshMs) return;
    const timer = window.setInterval(() => setTick((t) => t + 1), refreshMs);
    return () => window.clearInterval(timer);
  }, [refreshMs]);

  useEffect(() => {
    let current = true;
    client
      .call('backups.list', {})
      .then(({ backups }) => current && setState({ backups, loaded: true, error: null, now: Date.now() }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, loaded: true, error: errorMessage(error), now: Date.now() })));
    return () => {
      current = false;
    };
  }, [client, backupsVersion, tick]);

  return state;
}
