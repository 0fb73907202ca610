import { useEffect, useState } from 'react';
import type { Incident } from '../../../src/shared/schemas/incident';
import { useClient } from '../../api/ClientContext';
import { useDataVersion } from '../undo/dataVersion';

/** Incidents by date (of one case, or all), for scope pickers; empty while loading or when reading fails. */
export function useIncidents(caseId?: string | null): Incident[] {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [incidents, setIncidents] = useState<Incident[]>([]);
  useEffect(() => {
    let current = true;
    client
      .call('incidents.list', caseId ? { caseId } : {})
      .then((result) => current && setIncidents(result.incidents))
      .catch(() => current && setIncidents([]));
    return () => {
      current = false;
    };
  }, [client, dataVersion, caseId]);
  return incidents;
}
