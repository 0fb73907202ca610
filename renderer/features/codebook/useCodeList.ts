import { useEffect, useState } from 'react';
import type { CodeWithCounts } from '../../../src/shared/schemas/code';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';

/** Every code with its uses and documents (codes.list), asked again whenever data changes. */
export function useCodeList() {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<{ codes: CodeWithCounts[]; loaded: boolean; error: string | null }>({ codes: [], loaded: false, error: null });

  useEffect(() => {
    let current = true;
    client
      .call('codes.list', {})
      .then(({ codes }) => current && setState({ codes, loaded: true, error: null }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, loaded: true, error: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [client, dataVersion]);

  return state;
}
