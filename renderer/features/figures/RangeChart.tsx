import { useId } from 'react';
import type { FigureBrief } from '../../../src/shared/schemas/figure';
import { formatCount } from '../../lib/format';
import { linearScale } from './chartScale';
import { countInWords, asOfWords, formatDay, statedValue } from './figureWords';
import './charts.css';

export interface RangeEntry {
  reporterName: string;
  figure: FigureBrief;
}

interface RangeChartProps {
  entries: RangeEntry[];
  /** "killed · civilians", for the title and the axis. */
  what: string;
}

const WIDTH = 640;
const LEFT = 150;
const RIGHT = 96;
const TOP = 12;
const ROW = 34;
const BOTTOM = 46;

/** The highest number a figure states or bounds, for the axis. */
function reach(f: FigureBrief): number {
  return Math.max(f.min ?? 0, f.max ?? 0, statedValue(f) ?? 0);
}

/**
 * Each reporter's latest figure as a horizontal bar from its lower to its upper bound; an exact
 * number is a dot, an open-ended one ("over 1,000") runs into an arrow, "up to" starts dashed at 0.
 * Drawn locally in SVG, one row per reporter; the sources are named under the chart.
 */
export function RangeChart({ entries, what }: RangeChartProps) {
  const id = useId();
  const height = TOP + entries.length * ROW + BOTTOM;
  const top = Math.max(1, ...entries.map((e) => reach(e.figure)));
  const x = linearScale(top * 1.12, LEFT, WIDTH - RIGHT);
  const axisY = TOP + entries.length * ROW;
  return (
    <figure className="figure-chart">
      <figcaption id={`${id}-title`} className="figure-chart-title">
        Ranges per reporter: {what}
      </figcaption>
      <svg className="fig-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <desc id={`${id}-desc`}>{entries.map((e) => `${e.reporterName}: ${countInWords(e.figure)} as of ${formatDay(e.figure.asOf)}`).join('; ')}</desc>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="3" refY="5" markerUnits="userSpaceOnUse" markerWidth="14" markerHeight="14" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="fig-chart-arrow" />
          </marker>
        </defs>
        {x.ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={axisY} className="fig-chart-grid" />
            <text x={x(t)} y={axisY + 16} className="fig-chart-tick" textAnchor="middle">
              {formatCount(t)}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={axisY} y2={axisY} className="fig-chart-axis" />
        <text x={(LEFT + WIDTH - RIGHT) / 2} y={axisY + 38} className="fig-chart-axis-label" textAnchor="middle">
          Number of people ({what})
        </text>
        <text x={LEFT - 12} y={TOP - 2} className="fig-chart-axis-label" textAnchor="end">
          Reporter
        </text>
        {entries.map(({ reporterName, figure: f }, i) => {
          const y = TOP + i * ROW + ROW / 2 + 4;
          const low = x(f.min ?? 0);
          const open = f.max === null;
          const high = open ? WIDTH - RIGHT + 2 : x(f.max!);
          const point = statedValue(f);
          return (
            <g key={f.id}>
              <text x={LEFT - 12} y={y + 4} className="fig-chart-label" textAnchor="end">
                {reporterName.length > 22 ? `${reporterName.slice(0, 21)}…` : reporterName}
              </text>
              {high - low > 1 && (
                <line
                  x1={low}
                  x2={high}
                  y1={y}
                  y2={y}
                  className={f.min === null ? 'fig-chart-range is-unbounded-low' : 'fig-chart-range'}
                  markerEnd={open ? `url(#${id}-arrow)` : undefined}
                />
              )}
              {point !== null && f.qualifier !== 'range' && <circle cx={x(point)} cy={y} r={f.qualifier === 'exact' ? 5 : 4} className={f.qualifier === 'exact' ? 'fig-chart-dot' : 'fig-chart-dot is-hollow'} />}
              <text x={open ? WIDTH - RIGHT + 22 : Math.max(high, point === null ? high : x(point)) + 10} y={y + 4} className="fig-chart-value">
                {countInWords(f)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="fig-chart-source">
        Sources:{' '}
        {entries.map((e, i) => (
          <span key={e.figure.id}>
            {i > 0 && '; '}
            <b dir="auto">{e.reporterName}</b>
            {e.figure.wording ? <> (“<span dir="auto">{e.figure.wording}</span>”)</> : null}{e.figure.reportedDate ? `, reported ${formatDay(e.figure.reportedDate)}` : ''}, {asOfWords(e.figure.asOf)}
          </span>
        ))}
        . A bar runs from the lowest to the highest number the wording allows; an arrow means no upper bound; a filled dot is an exact count.
      </p>
    </figure>
  );
}
