import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { nextSort, SortableHeader, type SortDirection } from '../reports/SortableHeader';
import './recordTable.css';

export interface RecordColumn<R, K extends string> {
  key: K;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The first click sorts largest first (default: numeric columns do). */
  descendingFirst?: boolean;
  sortValue: (row: R) => string | number;
  render: (row: R) => ReactNode;
}

export interface RecordSort<K extends string> {
  column: K;
  direction: SortDirection;
}

interface RecordTableProps<R extends { id: string }, K extends string> {
  /** DOM id of the table, so other parts can send focus to it. */
  id: string;
  caption: string;
  columns: readonly RecordColumn<R, K>[];
  rows: readonly R[];
  /** The order before the user picks one; afterwards the table remembers theirs (by id) for the session. */
  initialSort: RecordSort<K>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Enter on a row: go on to its details. */
  onActivate?: (id: string) => void;
  busy?: boolean;
}

/** Puts focus on the table's row in the tab order (the selected one, else the first). */
export function focusRecordTable(tableId: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`#${tableId} .record-row-button[tabindex="0"]`)?.focus());
}

const rowButtonId = (tableId: string, rowId: string) => `${tableId}-row-${rowId}`;

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), undefined, { sensitivity: 'base', numeric: true });
}

/** Where each table (by id) was left, so coming back to a view sorts it the same way. */
const rememberedSorts = new Map<string, RecordSort<string>>();

/**
 * A sortable record list as a table: sticky header, numbers right-aligned. The first cell of each row
 * is a button that selects it; one row is in the tab order, Up/Down/Home/End move the selection and
 * Enter goes on to the details.
 */
export function RecordTable<R extends { id: string }, K extends string>(props: RecordTableProps<R, K>) {
  const { id, caption, columns, rows, initialSort, selectedId, onSelect, onActivate, busy } = props;
  const [sort, setSort] = useState(() => (rememberedSorts.get(id) as RecordSort<K> | undefined) ?? initialSort);
  const onSort = (key: K) => {
    const column = columns.find((c) => c.key === key);
    const next = nextSort(sort, key, (column?.descendingFirst ?? column?.numeric) ? 'descending' : 'ascending');
    rememberedSorts.set(id, next);
    setSort(next);
  };
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.column) ?? columns[0];
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => sign * compareValues(column.sortValue(a), column.sortValue(b)));
  }, [rows, columns, sort]);
  const tabStop = sorted.some((r) => r.id === selectedId) ? selectedId : (sorted[0]?.id ?? null);

  function move(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = sorted.length - 1;
    const next = { ArrowDown: Math.min(index + 1, last), ArrowUp: Math.max(index - 1, 0), Home: 0, End: last }[event.key];
    if (event.key === 'Enter' && onActivate) {
      event.preventDefault();
      onActivate(sorted[index].id);
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    const row = sorted[next];
    onSelect(row.id);
    document.getElementById(rowButtonId(id, row.id))?.focus();
  }

  const [first, ...rest] = columns;
  return (
    <div className="record-table-scroll">
      <table id={id} className="data-table record-table" aria-busy={busy}>
        <caption className="visually-hidden">{caption}. Up and Down move through the rows; Enter opens the details.</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <SortableHeader key={c.key} column={c.key} label={c.label} sort={sort} numeric={c.numeric} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, index) => {
            const selected = row.id === selectedId;
            return (
              <tr key={row.id} className={selected ? 'is-selected' : undefined} onClick={() => onSelect(row.id)}>
                <th scope="row">
                  <button
                    id={rowButtonId(id, row.id)}
                    type="button"
                    className="record-row-button"
                    tabIndex={row.id === tabStop ? 0 : -1}
                    aria-pressed={selected}
                    onKeyDown={(event) => move(event, index)}
                  >
                    {first.render(row)}
                  </button>
                </th>
                {rest.map((c) => (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
