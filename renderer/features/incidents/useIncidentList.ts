import type { Incident, IncidentStatus } from '../../../src/shared/schemas/incident';
import { useClient } from '../../api/ClientContext';
import { useLiveQuery } from '../actors/useLiveQuery';

/** Incidents by date, of one case or all, of one status or all; asked again when data changes. */
export function useIncidentList(caseId: string | null, status: IncidentStatus | '') {
  const client = useClient();
  const query = useLiveQuery(`incidents|${caseId}|${status}`, () =>
    client.call('incidents.list', { ...(caseId ? { caseId } : {}), ...(status ? { status } : {}) }).then((r) => r.incidents),
  );
  return { incidents: query.data ?? ([] as Incident[]), loaded: query.loaded, error: query.error };
}
