// Every figure the benchmarks report, collected as rows and written to bench/results.json:
// { machine, rows: [{ name, size, value, unit, baseline, ratio, target }] }. `target` is the ratio a
// row must not exceed, or null where none is set. Benchmarks report; they never fail on timing.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface BenchRow {
  name: string;
  size: number | null;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target: number | null;
}

const rows: BenchRow[] = [];

const round = (n: number | null) => (n === null ? null : Number(n.toPrecision(4)));

/** Records one figure; with a baseline, its ratio too. Returns the ratio (or null). */
export function record(row: { name: string; size?: number | null; value: number; unit?: string; baseline?: number | null; target?: number | null }): number | null {
  const baseline = row.baseline ?? null;
  const ratio = baseline ? row.value / baseline : null;
  rows.push({ name: row.name, size: row.size ?? null, value: round(row.value)!, unit: row.unit ?? 'ms', baseline: round(baseline), ratio: round(ratio), target: row.target ?? null });
  return ratio;
}

export function recordedRows(): readonly BenchRow[] {
  return rows;
}

/** How cost grows with size: log(cost ratio) / log(size ratio); 1 is linear, below 1 sub-linear. */
export function growthExponent(sizeA: number, costA: number, sizeB: number, costB: number): number {
  return Math.log(costB / costA) / Math.log(sizeB / sizeA);
}

export function machine(): Record<string, unknown> {
  const cpu = cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    scale: process.env.BENCH_SCALE ?? 'default',
    date: new Date().toISOString(),
  };
}

export function writeResults(path = join(import.meta.dirname, 'results.json')): string {
  writeFileSync(path, JSON.stringify({ machine: machine(), rows }, null, 2) + '\n');
  return path;
}

/** Peak resident memory of this process so far, in MiB (a high-water mark). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
