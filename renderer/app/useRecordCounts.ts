import { useEffect, useState } from 'react';
import { useClient } from '../api/ClientContext';
import { useDataVersion } from '../features/undo/dataVersion';
import type { RecordView } from './recordViews';

/** How many actors, incidents and witnesses the workspace holds (null until known or when reading fails). */
export function useRecordCounts(): Record<RecordView, number | null> {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [counts, setCounts] = useState<Record<RecordView, number | null>>({ actors: null, incidents: null, witnesses: null });
  useEffect(() => {
    let current = true;
    Promise.all([client.call('actors.list', {}), client.call('incidents.list', {}), client.call('witnesses.list', {})])
      .then(([a, i, w]) => current && setCounts({ actors: a.actors.length, incidents: i.incidents.length, witnesses: w.witnesses.length }))
      .catch(() => current && setCounts({ actors: null, incidents: null, witnesses: null }));
    return () => {
      current = false;
    };
  }, [client, dataVersion]);
  return counts;
}
