import { useEffect, useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';

export interface CasesState {
  cases: Case[];
  loaded: boolean;
  error: string | null;
}

/** Every case with its article count; asked again when data changes or `version` (imports, the demo) moves. */
export function useCases(version: number): CasesState {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<CasesState>({ cases: [], loaded: false, error: null });

  useEffect(() => {
    let current = true;
    client
      .call('cases.list', {})
      .then(({ cases }) => current && setState({ cases, loaded: true, error: null }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, loaded: true, error: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [client, version, dataVersion]);

  return state;
}
