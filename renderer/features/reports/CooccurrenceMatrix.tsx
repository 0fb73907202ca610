import type { CSSProperties } from 'react';
import type { MethodOutput } from '../../../src/shared/api/contract';
import { formatCount, plural } from '../../lib/format';
import './matrix.css';

type Cooccurrence = MethodOutput<'reports.cooccurrence'>;

interface CooccurrenceMatrixProps {
  data: Cooccurrence;
  scopeLabel: string;
}

/**
 * Codes by codes: how often two codes are on the same or overlapping highlights. The diagonal
 * (a code with itself: its highlights) is shaded apart; other cells darken with their value.
 */
export function CooccurrenceMatrix({ data, scopeLabel }: CooccurrenceMatrixProps) {
  const { codes, matrix } = data;
  if (codes.length === 0) {
    return <p className="report-empty">No coded highlights in {scopeLabel} yet. Code passages in the reader, then come back.</p>;
  }
  let max = 0;
  matrix.forEach((row, i) => row.forEach((n, j) => i !== j && (max = Math.max(max, n))));

  return (
    <div className="report-block">
      <p className="report-note">
        {plural(codes.length, 'code')} on highlights in {scopeLabel}. Each cell counts the highlights where the two codes are on the same or overlapping text; the
        shaded diagonal counts a code’s own highlights.
      </p>
      <div className="report-table-scroll" tabIndex={0} role="region" aria-labelledby="cooccurrence-caption">
        <table className="report-table matrix-table">
          <caption id="cooccurrence-caption" className="visually-hidden">
            Code co-occurrence in {scopeLabel}
          </caption>
          <thead>
            <tr>
              <td className="matrix-corner" />
              {codes.map((c) => (
                <th key={c.id} scope="col" className="matrix-col">
                  <span className="matrix-col-label" dir="auto" title={c.name}>
                    {c.name}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((rowCode, i) => (
              <tr key={rowCode.id}>
                <th scope="row" className="matrix-row" dir="auto">
                  {rowCode.name}
                </th>
                {codes.map((colCode, j) => {
                  const n = matrix[i]?.[j] ?? 0;
                  const diagonal = i === j;
                  const tip = diagonal ? `${rowCode.name}: ${plural(n, 'highlight')}` : `${rowCode.name} & ${colCode.name}: ${formatCount(n)}`;
                  return (
                    <td
                      key={colCode.id}
                      className={diagonal ? 'num matrix-cell is-diagonal' : n === 0 ? 'num matrix-cell is-zero' : 'num matrix-cell'}
                      style={diagonal || max === 0 ? undefined : ({ '--level': n / max } as CSSProperties)}
                      title={tip}
                    >
                      {formatCount(n)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="report-source">Source: the highlights coded in {scopeLabel}, in this workspace.</p>
    </div>
  );
}
