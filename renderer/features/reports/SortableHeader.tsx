export type SortDirection = 'ascending' | 'descending';

/** A click on a column header: the same column flips its direction; another starts in its first direction. */
export function nextSort<K extends string>(sort: { column: K; direction: SortDirection } | null, column: K, firstDirection: SortDirection): { column: K; direction: SortDirection } {
  if (sort?.column === column) return { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: firstDirection };
}

interface SortableHeaderProps<K extends string> {
  column: K;
  label: string;
  sort: { column: K; direction: SortDirection };
  numeric?: boolean;
  onSort: (column: K) => void;
}

/** A column header that sorts the table; aria-sort says how, the arrow shows it. */
export function SortableHeader<K extends string>({ column, label, sort, numeric, onSort }: SortableHeaderProps<K>) {
  const active = sort.column === column;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '↑' : '↓') : '↕'}
        </span>
      </button>
    </th>
  );
}
