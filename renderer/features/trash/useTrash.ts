import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../src/shared/api/contract';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';
import { useMutate } from '../undo/useMutate';

export type TrashItem = MethodOutput<'trash.list'>['items'][number];

interface TrashState {
  items: TrashItem[];
  loaded: boolean;
  error: string | null;
}

/** What is in the trash, asked again whenever workspace data changes. */
export function useTrashList() {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<TrashState>({ items: [], loaded: false, error: null });
  useEffect(() => {
    let current = true;
    client
      .call('trash.list', {})
      .then(({ items }) => current && setState({ items, loaded: true, error: null }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, loaded: true, error: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [client, dataVersion]);
  return state;
}

export const itemKey = (item: Pick<TrashItem, 'type' | 'id'>) => `${item.type}:${item.id}`;

/** The trash view's list with its actions: restore one item (problems kept per item) and empty it all. */
export function useTrash() {
  const list = useTrashList();
  const mutate = useMutate();
  const [restoring, setRestoring] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const restore = useCallback(
    async (item: TrashItem): Promise<number | null> => {
      const key = itemKey(item);
      setRestoring(key);
      setProblems(({ [key]: _gone, ...rest }) => rest);
      try {
        const { restored } = await mutate('trash.restore', { type: item.type, id: item.id });
        return restored;
      } catch (error) {
        setProblems((p) => ({ ...p, [key]: errorMessage(error) }));
        return null;
      } finally {
        setRestoring(null);
      }
    },
    [mutate],
  );

  const empty = useCallback(async () => (await mutate('trash.empty', {})).removed, [mutate]);

  return { ...list, restoring, problems, restore, empty };
}
