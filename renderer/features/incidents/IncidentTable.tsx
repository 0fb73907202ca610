import type { Incident } from '../../../src/shared/schemas/incident';
import { RecordTable, type RecordColumn } from '../actors/RecordTable';
import { incidentPlace, incidentWhen, statusLabel } from './incidentWords';
import { StatusBadge } from './StatusBadge';

export const INCIDENT_TABLE_ID = 'incident-table';

type Column = 'title' | 'when' | 'status';

const columns: readonly RecordColumn<Incident, Column>[] = [
  {
    key: 'title',
    label: 'Incident',
    sortValue: (i) => i.title,
    render: (i) => (
      <span className="record-cell-stack">
        <span dir="auto">{i.title}</span>
        <span className="record-cell-sub">
          <bdi>{incidentPlace(i) || 'Place not given'}</bdi>
        </span>
      </span>
    ),
  },
  // Undated incidents sort last, as on the timeline.
  { key: 'when', label: 'When', sortValue: (i) => i.start ?? i.end ?? '9999', render: (i) => incidentWhen(i) },
  { key: 'status', label: 'Status', sortValue: (i) => statusLabel[i.status], render: (i) => <StatusBadge status={i.status} /> },
];


interface IncidentTableProps {
  incidents: readonly Incident[];
  selectedId: string | null;
  busy: boolean;
  onSelect: (id: string) => void;
  onActivate: (id: string) => void;
}

/** Incidents with where (under the title), when and status; sortable by title, date and status. */
export function IncidentTable({ incidents, selectedId, busy, onSelect, onActivate }: IncidentTableProps) {
  return (
    <RecordTable
      id={INCIDENT_TABLE_ID}
      caption="Incidents"
      columns={columns}
      rows={incidents}
      initialSort={{ column: 'when', direction: 'ascending' }}
      selectedId={selectedId}
      onSelect={onSelect}
      onActivate={onActivate}
      busy={busy}
    />
  );
}
