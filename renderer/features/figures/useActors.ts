import { useEffect, useState } from 'react';
import type { Actor } from '../../../src/shared/schemas/actor';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';

export interface ActorsState {
  actors: Actor[];
  loaded: boolean;
  error: string | null;
}

/** The whole actor registry (persons, organisations, armed groups, places), asked again when data changes. */
export function useActors(): ActorsState {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<ActorsState>({ actors: [], loaded: false, error: null });
  useEffect(() => {
    let current = true;
    client
      .call('actors.list', {})
      .then(({ actors }) => current && setState({ actors, loaded: true, error: null }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, loaded: true, error: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [client, dataVersion]);
  return state;
}
