import { useMemo, useState, type CSSProperties } from 'react';
import type { MethodOutput } from '../../../src/shared/api/contract';
import { formatCount, plural } from '../../lib/format';
import { nextSort, SortableHeader, type SortDirection } from './SortableHeader';
import '../codebook/codebook.css';

type Row = MethodOutput<'reports.codeFrequency'>['rows'][number];
type Column = 'path' | 'uses' | 'documents';

interface FrequencyTableProps {
  rows: Row[];
  colours: ReadonlyMap<string, string>;
  scopeLabel: string;
  onShowSegments: (codeId: string) => void;
}

function compare(a: Row, b: Row, column: Column): number {
  return column === 'path' ? a.path.localeCompare(b.path) : a[column] - b[column];
}

/** Uses and documents per code: sticky header, sortable columns, numbers right-aligned. */
export function FrequencyTable({ rows, colours, scopeLabel, onShowSegments }: FrequencyTableProps) {
  const [sort, setSort] = useState<{ column: Column; direction: SortDirection }>({ column: 'uses', direction: 'descending' });
  const [hideUnused, setHideUnused] = useState(false);

  const shown = useMemo(() => {
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return rows.filter((r) => !hideUnused || r.uses > 0).sort((a, b) => sign * compare(a, b, sort.column) || a.path.localeCompare(b.path));
  }, [rows, sort, hideUnused]);

  const onSort = (column: Column) =>
    setSort((s) => nextSort(s, column, column === 'path' ? 'ascending' : 'descending'));

  const used = rows.filter((r) => r.uses > 0).length;
  return (
    <div className="report-block">
      <div className="report-toolbar">
        <p className="report-note">
          {plural(used, 'code')} of {formatCount(rows.length)} used in {scopeLabel}. Click a code to read its segments.
        </p>
        <label className="choice">
          <input type="checkbox" checked={hideUnused} onChange={(e) => setHideUnused(e.target.checked)} />
          <span>Hide codes not used</span>
        </label>
      </div>
      <div className="report-table-scroll" tabIndex={0} role="region" aria-labelledby="frequency-caption">
        <table className="report-table frequency-table">
          <caption id="frequency-caption" className="visually-hidden">
            Code frequency in {scopeLabel}
          </caption>
          <thead>
            <tr>
              <SortableHeader column="path" label="Code" sort={sort} onSort={onSort} />
              <SortableHeader column="uses" label="Uses" sort={sort} numeric onSort={onSort} />
              <SortableHeader column="documents" label="Documents" sort={sort} numeric onSort={onSort} />
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.codeId} className={row.uses === 0 ? 'is-unused' : undefined}>
                <th scope="row">
                  <button type="button" className="frequency-code" onClick={() => onShowSegments(row.codeId)} title={`Coded segments of ${row.name}`}>
                    <span className="code-swatch" style={{ '--swatch': colours.get(row.codeId) ?? 'transparent' } as CSSProperties} aria-hidden="true" />
                    <span className="frequency-path" dir="auto">
                      <span className="frequency-parent">{row.path.slice(0, row.path.length - row.name.length)}</span>
                      {row.name}
                    </span>
                  </button>
                </th>
                <td className="num">{formatCount(row.uses)}</td>
                <td className="num">{formatCount(row.documents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="report-source">Uses: highlights and articles coded with the code. Documents: distinct articles. Source: this workspace’s codings.</p>
    </div>
  );
}
