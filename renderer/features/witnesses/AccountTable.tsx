import type { Account } from '../../../src/shared/schemas/witness';
import { formatPublicationDate, languageBadge } from '../../lib/format';
import { RecordTable, type RecordColumn } from '../actors/RecordTable';
import { relationLabel } from './accountWords';

export const ACCOUNT_TABLE_ID = 'account-table';

type Column = 'interview' | 'relation' | 'language';

const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text);

const columns: readonly RecordColumn<Account, Column>[] = [
  {
    key: 'interview',
    label: 'Interview',
    sortValue: (a) => a.interviewDate ?? '9999',
    render: (a) => (
      <span className="record-cell-stack">
        <span>{a.interviewDate ? formatPublicationDate(a.interviewDate) : 'Date not given'}</span>
        <span className="record-cell-sub" dir="auto">
          {clip(a.narrative) || 'No narrative yet'}
        </span>
      </span>
    ),
  },
  { key: 'relation', label: 'Relation', sortValue: (a) => a.relation, render: (a) => relationLabel[a.relation].replace(/ \(.*\)$/, '') },
  { key: 'language', label: 'Language', sortValue: (a) => a.language, render: (a) => languageBadge(a.language) },
];


interface AccountTableProps {
  accounts: readonly Account[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onActivate: (id: string) => void;
}

/** A witness's accounts: when they were interviewed (with the start of the narrative), relation, language. */
export function AccountTable({ accounts, selectedId, onSelect, onActivate }: AccountTableProps) {
  return (
    <RecordTable
      id={ACCOUNT_TABLE_ID}
      caption="Accounts of this witness"
      columns={columns}
      rows={accounts}
      initialSort={{ column: 'interview', direction: 'ascending' }}
      selectedId={selectedId}
      onSelect={onSelect}
      onActivate={onActivate}
    />
  );
}
