import { useCallback } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../src/shared/api/contract';
import { useClient } from '../../api/ClientContext';
import { bumpDataVersion } from './dataVersion';

/**
 * A client call that changes workspace data: on success it bumps the data version, so every view
 * (and the undo buttons) refreshes. Failures throw as client.call does, and bump nothing.
 */
export function useMutate() {
  const client = useClient();
  return useCallback(
    async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
      const result = await client.call(method, input);
      bumpDataVersion();
      return result;
    },
    [client],
  );
}
