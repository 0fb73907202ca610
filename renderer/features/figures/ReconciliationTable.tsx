import type { FigureGroup, Outcome, Reconciliation } from '../../../src/shared/schemas/figure';
import { countInWords, asOfWords, GROUP_LABEL, OUTCOME_LABEL } from './figureWords';

export interface CellKey {
  reporterId: string;
  outcome: Outcome;
  group: FigureGroup;
}

interface ReconciliationTableProps {
  data: Reconciliation;
  scopeLabel: string;
  selected: CellKey | null;
  /** Figures in a failed consistency check, by id, with the check's severity. */
  flagged: ReadonlyMap<string, 'inconsistent' | 'check'>;
  onSelect: (cell: CellKey) => void;
}

const sameCell = (a: CellKey | null, b: CellKey) => a !== null && a.reporterId === b.reporterId && a.outcome === b.outcome && a.group === b.group;

/**
 * Rows outcome x group, a column per reporter; each cell the reporter's latest figure with its
 * qualifier in words and its as-of date. Nothing is added across a row: reporters are compared,
 * never summed. A cell opens the reporter's timeline.
 */
export function ReconciliationTable({ data, scopeLabel, selected, flagged, onSelect }: ReconciliationTableProps) {
  const outcomeRows = new Map<Outcome, number>();
  for (const row of data.rows) outcomeRows.set(row.outcome, (outcomeRows.get(row.outcome) ?? 0) + 1);
  const seen = new Set<Outcome>();
  return (
    <div className="report-table-scroll reconciliation-scroll" tabIndex={0} role="region" aria-labelledby="reconciliation-caption">
      <table className="report-table reconciliation-table">
        <caption id="reconciliation-caption" className="visually-hidden">
          Latest figure of each reporter by outcome and group, {scopeLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="recon-head">
              Outcome
            </th>
            <th scope="col" className="recon-head">
              Group
            </th>
            {data.reporters.map((r) => (
              <th key={r.id} scope="col" className="recon-head num" dir="auto">
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => {
            const firstOfOutcome = !seen.has(row.outcome);
            seen.add(row.outcome);
            return (
              <tr key={`${row.outcome}-${row.group}`} className={firstOfOutcome ? 'recon-row is-first' : 'recon-row'}>
                {firstOfOutcome && (
                  <th scope="rowgroup" rowSpan={outcomeRows.get(row.outcome)} className="recon-outcome">
                    {OUTCOME_LABEL[row.outcome]}
                  </th>
                )}
                <th scope="row" className="recon-group">
                  {GROUP_LABEL[row.group]}
                </th>
                {data.reporters.map((r) => {
                  const cell = row.cells.find((c) => c.reporterId === r.id);
                  if (!cell) {
                    return (
                      <td key={r.id} className="num recon-empty" aria-label={`${r.name}: no figure`}>
                        —
                      </td>
                    );
                  }
                  const key = { reporterId: r.id, outcome: row.outcome, group: row.group };
                  const f = cell.latest;
                  const flag = flagged.get(f.id);
                  const words = countInWords(f);
                  const older = cell.timeline.length;
                  return (
                    <td key={r.id} className="num">
                      <button
                        type="button"
                        className={`recon-cell${sameCell(selected, key) ? ' is-selected' : ''}${flag ? ` is-flagged is-${flag}` : ''}`}
                        aria-pressed={sameCell(selected, key)}
                        aria-label={`${r.name}, ${row.outcome}, ${GROUP_LABEL[row.group].toLowerCase()}: ${words}, ${asOfWords(f.asOf)}${older ? `, ${older} older` : ''}${flag ? ', flagged' : ''}`}
                        title={f.wording ? `“${f.wording}”` : undefined}
                        onClick={() => onSelect(key)}
                      >
                        <span className="recon-range">
                          {flag && (
                            <span className="recon-flag" aria-hidden="true">
                              ⚠
                            </span>
                          )}
                          {words}
                        </span>
                        <span className="recon-asof">
                          {asOfWords(f.asOf)}
                          {older > 0 && <span className="recon-older"> · {older} older</span>}
                        </span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
