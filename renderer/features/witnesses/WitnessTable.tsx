import type { Witness } from '../../../src/shared/schemas/witness';
import { RecordTable, type RecordColumn } from '../actors/RecordTable';
import { ConsentMarks } from './ConsentMarks';
import { consentSummary } from './consentWords';

export const WITNESS_TABLE_ID = 'witness-table';

type Column = 'code' | 'consent';

// Codes and consent only: a witness's identifying details never appear in a list.
const columns: readonly RecordColumn<Witness, Column>[] = [
  { key: 'code', label: 'Witness', sortValue: (w) => w.code, render: (w) => <span className="mono witness-code">{w.code}</span> },
  { key: 'consent', label: 'Consent', descendingFirst: true, sortValue: (w) => consentSummary(w.consent).given, render: (w) => <ConsentMarks consent={w.consent} /> },
];


interface WitnessTableProps {
  witnesses: readonly Witness[];
  selectedId: string | null;
  busy: boolean;
  onSelect: (id: string) => void;
  onActivate: (id: string) => void;
}

/** Witnesses by code, with their consent at a glance: nothing else, so nothing that could identify them. */
export function WitnessTable({ witnesses, selectedId, busy, onSelect, onActivate }: WitnessTableProps) {
  return (
    <RecordTable
      id={WITNESS_TABLE_ID}
      caption="Witnesses, by code"
      columns={columns}
      rows={witnesses}
      initialSort={{ column: 'code', direction: 'ascending' }}
      selectedId={selectedId}
      onSelect={onSelect}
      onActivate={onActivate}
      busy={busy}
    />
  );
}
