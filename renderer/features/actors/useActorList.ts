import type { Actor, ActorType } from '../../../src/shared/schemas/actor';
import { useClient } from '../../api/ClientContext';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useLiveQuery } from './useLiveQuery';

/** The registry, of one type or all, narrowed by words of a name or alias; asked again when data changes. */
export function useActorList(type: ActorType | '', filter: string) {
  const client = useClient();
  const settled = useDebouncedValue(filter.trim(), 200);
  const query = useLiveQuery(`${type}|${settled}`, () =>
    client.call('actors.list', { ...(type ? { type } : {}), ...(settled ? { filter: settled } : {}) }).then((r) => r.actors),
  );
  return { actors: query.data ?? ([] as Actor[]), loaded: query.loaded, error: query.error, filtering: settled !== '' || type !== '' };
}
