import type { Witness } from '../../../src/shared/schemas/witness';
import { useClient } from '../../api/ClientContext';
import { useLiveQuery } from '../actors/useLiveQuery';

/** Witnesses by code, of one case or all (never their identifying details); asked again when data changes. */
export function useWitnessList(caseId: string | null) {
  const client = useClient();
  const query = useLiveQuery(`witnesses|${caseId}`, () => client.call('witnesses.list', caseId ? { caseId } : {}).then((r) => r.witnesses));
  return { witnesses: query.data ?? ([] as Witness[]), loaded: query.loaded, error: query.error };
}
