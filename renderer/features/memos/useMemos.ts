import { useCallback, useEffect, useState } from 'react';
import type { Memo, MemoTarget, MemoVisibility } from '../../../src/shared/schemas/case';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';
import { useMutate } from '../undo/useMutate';

/** Memos on one article or case; writes bump the data version, which asks for the list again. */
export function useMemos(targetType: MemoTarget, targetId: string) {
  const client = useClient();
  const mutate = useMutate();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<{ memos: Memo[]; loaded: boolean; error: string | null }>({ memos: [], loaded: false, error: null });

  useEffect(() => {
    let current = true;
    client
      .call('memos.list', { targetType, targetId })
      .then(({ memos }) => current && setState({ memos, loaded: true, error: null }))
      .catch((error: unknown) => current && setState({ memos: [], loaded: true, error: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [client, targetType, targetId, dataVersion]);

  const create = useCallback(async (text: string) => void (await mutate('memos.create', { targetType, targetId, text })), [mutate, targetType, targetId]);
  const update = useCallback(async (id: string, text: string) => void (await mutate('memos.update', { id, text })), [mutate]);
  const setVisibility = useCallback(async (id: string, visibility: MemoVisibility) => void (await mutate('memos.setVisibility', { id, visibility })), [mutate]);
  const remove = useCallback(async (id: string) => void (await mutate('memos.delete', { id })), [mutate]);

  return { ...state, create, update, setVisibility, remove };
}
