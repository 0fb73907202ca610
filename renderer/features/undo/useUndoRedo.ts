import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../src/shared/api/contract';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { bumpDataVersion, useDataVersion } from './dataVersion';

export type UndoStatus = MethodOutput<'undo.status'>;

const none: UndoStatus = { canUndo: false, undoLabel: null, canRedo: false, redoLabel: null };

/**
 * Workspace-wide undo and redo: the status (asked again whenever data changes) and the two actions.
 * After either, the data version moves so every visible view reloads what it shows.
 */
export function useUndoRedo() {
  const client = useClient();
  const { notify } = useNotices();
  const dataVersion = useDataVersion();
  const [status, setStatus] = useState<UndoStatus>(none);
  const busy = useRef(false);

  useEffect(() => {
    let current = true;
    client
      .call('undo.status', {})
      .then((s) => current && setStatus(s))
      .catch(() => current && setStatus(none));
    return () => {
      current = false;
    };
  }, [client, dataVersion]);

  const run = useCallback(
    async (which: 'undo' | 'redo') => {
      if (busy.current) return;
      busy.current = true;
      try {
        const result = which === 'undo' ? await client.call('undo.undo', {}) : await client.call('undo.redo', {});
        const label = 'undone' in result ? result.undone : result.redone;
        if (label === null) notify({ tone: 'info', title: which === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.' });
        else notify({ tone: 'info', title: `${which === 'undo' ? 'Undone' : 'Redone'}: ${label}` });
      } catch (error) {
        notify({ tone: 'error', title: `Could not ${which}.`, detail: errorMessage(error) });
      } finally {
        busy.current = false;
        bumpDataVersion();
      }
    },
    [client, notify],
  );

  const undo = useCallback(() => run('undo'), [run]);
  const redo = useCallback(() => run('redo'), [run]);
  return { status, undo, redo };
}
