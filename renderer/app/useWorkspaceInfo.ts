import { useEffect, useState } from 'react';
import { useClient } from '../api/ClientContext';
import { errorMessage } from '../api/errorMessage';
import type { MethodOutput } from '../../src/shared/api/contract';
import { useDataVersion } from '../features/undo/dataVersion';

export type WorkspaceInfo = MethodOutput<'workspace.info'>;

/** Where the workspace lives and how many articles it holds; asked again when `version` or the data version changes. */
export function useWorkspaceInfo(version: number): { info: WorkspaceInfo | null; error: string | null } {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<{ info: WorkspaceInfo | null; error: string | null }>({ info: null, error: null });
  useEffect(() => {
    let current = true;
    client
      .call('workspace.info', {})
      .then((info) => current && setState({ info, error: null }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, error: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [client, version, dataVersion]);
  return state;
}
