import type { Account } from '../../../src/shared/schemas/witness';
import { useClient } from '../../api/ClientContext';
import { useLiveQuery } from '../actors/useLiveQuery';

/** A witness's accounts by interview date; asked again when data changes. */
export function useAccounts(witnessId: string) {
  const client = useClient();
  const query = useLiveQuery(`accounts|${witnessId}`, () => client.call('accounts.list', { witnessId }).then((r) => r.accounts));
  return { accounts: query.data ?? ([] as Account[]), loaded: query.loaded, error: query.error };
}
