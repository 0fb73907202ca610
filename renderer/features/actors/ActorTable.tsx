import type { Actor } from '../../../src/shared/schemas/actor';
import { formatCount } from '../../lib/format';
import { actorTypeLabel } from './actorWords';
import { RecordTable, type RecordColumn } from './RecordTable';

export const ACTOR_TABLE_ID = 'actor-table';

type Column = 'name' | 'type' | 'aliases';

const columns: readonly RecordColumn<Actor, Column>[] = [
  {
    key: 'name',
    label: 'Name',
    sortValue: (a) => a.name,
    render: (a) => (
      <span className="record-cell-stack">
        <span dir="auto">{a.name}</span>
        <span className="record-cell-sub" dir="auto">
          {a.aliases.length ? a.aliases.map((x) => x.alias).join(' · ') : 'No aliases'}
        </span>
      </span>
    ),
  },
  { key: 'type', label: 'Type', sortValue: (a) => actorTypeLabel[a.type], render: (a) => actorTypeLabel[a.type] },
  { key: 'aliases', label: 'Aliases', numeric: true, sortValue: (a) => a.aliases.length, render: (a) => formatCount(a.aliases.length) },
];


interface ActorTableProps {
  actors: readonly Actor[];
  selectedId: string | null;
  busy: boolean;
  onSelect: (id: string) => void;
  onActivate: (id: string) => void;
}

/** The actor registry: name, type and how many aliases, sortable by each. */
export function ActorTable({ actors, selectedId, busy, onSelect, onActivate }: ActorTableProps) {
  return (
    <RecordTable
      id={ACTOR_TABLE_ID}
      caption="Actors"
      columns={columns}
      rows={actors}
      initialSort={{ column: 'name', direction: 'ascending' }}
      selectedId={selectedId}
      onSelect={onSelect}
      onActivate={onActivate}
      busy={busy}
    />
  );
}
