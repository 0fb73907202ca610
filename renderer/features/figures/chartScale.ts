/** Small helpers for the SVG charts: a linear scale and round tick values. */

export interface LinearScale {
  (value: number): number;
  ticks: number[];
  domainMax: number;
}

/** Round steps (1, 2, 5 x 10^k) giving about `count` ticks from 0 to at least `max`. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const whole = step >= 1 ? step : 1;
  const ticks: number[] = [];
  for (let v = 0; v < max + whole / 2 && ticks.length < 50; v += whole) ticks.push(Math.round(v));
  if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + whole);
  return ticks;
}

/** Maps 0..(a round number at or above `max`) onto [from, to] pixels. */
export function linearScale(max: number, from: number, to: number, count = 5): LinearScale {
  const ticks = niceTicks(max, count);
  const domainMax = ticks[ticks.length - 1] || 1;
  const scale = ((value: number) => from + ((to - from) * value) / domainMax) as LinearScale;
  scale.ticks = ticks;
  scale.domainMax = domainMax;
  return scale;
}

/** Days since 1970 of an ISO day ("2025-03-09"), for a time axis. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 86_400_000;
}

/** "9 Mar" from a day number, for axis ticks. */
export function shortDay(day: number): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(day * 86_400_000));
}
