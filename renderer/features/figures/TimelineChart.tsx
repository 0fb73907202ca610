import { useId } from 'react';
import type { FigureBrief } from '../../../src/shared/schemas/figure';
import { formatCount } from '../../lib/format';
import { dayNumber, linearScale, shortDay } from './chartScale';
import { countInWords, formatDay, statedValue } from './figureWords';
import './charts.css';

interface TimelineChartProps {
  /** One reporter's figures for one outcome and group, oldest as-of date first (undated ones are left out). */
  figures: FigureBrief[];
  reporterName: string;
  what: string;
}

const WIDTH = 560;
const HEIGHT = 240;
const LEFT = 64;
const RIGHT = 28;
const TOP = 18;
const BOTTOM = 50;

/**
 * A reporter's count over its as-of dates: a dot at the number stated, a vertical bar over the
 * range the wording allows (an arrow when it has no upper bound), a line joining the counts.
 */
export function TimelineChart({ figures: all, reporterName, what }: TimelineChartProps) {
  const id = useId();
  const figures = all.filter((f) => !f.undated);
  const undated = all.length - figures.length;
  const days = figures.map((f) => dayNumber(f.asOf));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = Math.max(1, last - first);
  const pad = span * 0.08 + (last === first ? 1 : 0);
  const xOf = (day: number) => LEFT + ((WIDTH - LEFT - RIGHT) * (day - first + pad)) / (span + 2 * pad);
  const top = Math.max(1, ...figures.map((f) => Math.max(f.min ?? 0, f.max ?? 0, statedValue(f) ?? 0)));
  const y = linearScale(top * 1.15, HEIGHT - BOTTOM, TOP);
  const dayTicks = [...new Set(days)].sort((a, b) => a - b);
  const shownTicks = dayTicks.length > 8 ? dayTicks.filter((_, i) => i % Math.ceil(dayTicks.length / 8) === 0) : dayTicks;
  const points = figures.map((f, i) => ({ f, cx: xOf(days[i]), value: statedValue(f) ?? f.min ?? f.max ?? 0 }));
  return (
    <figure className="figure-chart">
      <figcaption id={`${id}-title`} className="figure-chart-title">
        {reporterName}’s count over time: {what}
      </figcaption>
      <svg className="fig-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <desc id={`${id}-desc`}>{points.map(({ f }) => `as of ${formatDay(f.asOf)}: ${countInWords(f)}`).join('; ')}</desc>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="3" refY="5" markerUnits="userSpaceOnUse" markerWidth="14" markerHeight="14" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="fig-chart-arrow" />
          </marker>
        </defs>
        {y.ticks.map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} className="fig-chart-grid" />
            <text x={LEFT - 8} y={y(t) + 4} className="fig-chart-tick" textAnchor="end">
              {formatCount(t)}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={HEIGHT - BOTTOM} className="fig-chart-axis" />
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="fig-chart-axis" />
        {shownTicks.map((d) => (
          <text key={d} x={xOf(d)} y={HEIGHT - BOTTOM + 16} className="fig-chart-tick" textAnchor="middle">
            {shortDay(d)}
          </text>
        ))}
        <text x={(LEFT + WIDTH - RIGHT) / 2} y={HEIGHT - 8} className="fig-chart-axis-label" textAnchor="middle">
          As-of date
        </text>
        <text x={14} y={(TOP + HEIGHT - BOTTOM) / 2} className="fig-chart-axis-label" textAnchor="middle" transform={`rotate(-90 14 ${(TOP + HEIGHT - BOTTOM) / 2})`}>
          Number of people
        </text>
        {points.length > 1 && <polyline points={points.map((p) => `${p.cx},${y(p.value)}`).join(' ')} className="fig-chart-line" />}
        {points.map(({ f, cx, value }) => {
          const low = y(f.min ?? 0);
          const open = f.max === null;
          const high = open ? TOP : y(f.max!);
          return (
            <g key={f.id}>
              {low - high > 1 && <line x1={cx} x2={cx} y1={low} y2={high} className="fig-chart-range is-vertical" markerEnd={open ? `url(#${id}-arrow)` : undefined} />}
              <circle cx={cx} cy={y(value)} r={4.5} className={f.qualifier === 'exact' ? 'fig-chart-dot' : 'fig-chart-dot is-hollow'} />
              <text x={cx + 8} y={y(value) - 8} className="fig-chart-value">
                {countInWords(f)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="fig-chart-source">
        Source: <b dir="auto">{reporterName}</b>, {figures.length === 1 ? 'one figure' : `${figures.length} figures`} reported{' '}
        {figures.length === 1 ? formatDay(figures[0].reportedDate) : `from ${formatDay(figures[0].reportedDate)} to ${formatDay(figures[figures.length - 1].reportedDate)}`}.
        {undated > 0 && ` ${undated === 1 ? 'One undated figure is' : `${undated} undated figures are`} left out (the source gives no date).`}
        Each count is the reporter’s own; counts of different reporters are never joined.
      </p>
    </figure>
  );
}
