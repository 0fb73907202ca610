import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { SavedSearch, SearchFilters } from '../../../src/shared/schemas/search';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';

// Saved searches are not part of undo or the data version: this counter alone says "ask again".
let savedVersion = 0;
const listeners = new Set<() => void>();
function bumpSaved() {
  savedVersion += 1;
  for (const listener of [...listeners]) listener();
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

interface SavedSearchesState {
  searches: SavedSearch[];
  loaded: boolean;
  error: string | null;
}

/** The saved searches (by name), with create and delete; every user of this hook sees changes at once. */
export function useSavedSearches() {
  const client = useClient();
  const version = useSyncExternalStore(subscribe, () => savedVersion);
  const [state, setState] = useState<SavedSearchesState>({ searches: [], loaded: false, error: null });

  useEffect(() => {
    let current = true;
    client
      .call('search.saved.list', {})
      .then(({ searches }) => current && setState({ searches, loaded: true, error: null }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, loaded: true, error: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [client, version]);

  const create = useCallback(
    async (name: string, query: string, filters: SearchFilters) => {
      const saved = await client.call('search.saved.create', { name, query, filters });
      bumpSaved();
      return saved;
    },
    [client],
  );
  const remove = useCallback(
    async (id: string) => {
      await client.call('search.saved.delete', { id });
      bumpSaved();
    },
    [client],
  );

  return { ...state, create, remove };
}
