import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';

export interface LiveQuery<T> {
  data: T | null;
  /** True once the first answer (or error) for the current key has come. */
  loaded: boolean;
  error: string | null;
}

/**
 * Runs `load` when `key` changes and whenever workspace data changes (the data version), keeping the
 * last answer on screen while the next one comes so lists do not jump. A null key loads nothing.
 * Used by the actor, incident and witness views.
 */
export function useLiveQuery<T>(key: string | null, load: () => Promise<T>): LiveQuery<T> {
  const dataVersion = useDataVersion();
  const [state, setState] = useState<LiveQuery<T> & { key: string | null }>({ key, data: null, loaded: false, error: null });
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });
  useEffect(() => {
    if (key === null) {
      setState({ key, data: null, loaded: true, error: null });
      return;
    }
    let current = true;
    latestLoad
      .current()
      .then((data) => current && setState({ key, data, loaded: true, error: null }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, key, loaded: true, error: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [key, dataVersion]);
  return { data: state.data, loaded: state.loaded && state.key === key, error: state.key === key ? state.error : null };
}
