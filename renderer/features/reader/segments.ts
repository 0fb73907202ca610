/** A range of the text (UTF-16 indices) drawn as a highlight, with what draws it. */
export interface DrawnRange {
  id: string;
  start: number;
  end: number;
}

/** A run of one line covered by the same set of highlights (ids in drawing order). */
export interface Segment {
  start: number;
  end: number;
  ids: string[];
}

/**
 * Cuts [lineStart, lineEnd) at every highlight boundary inside it. `ranges` must be sorted by start;
 * each segment lists the ranges covering it in that order, so overlaps keep a stable stacking.
 */
export function segmentLine(lineStart: number, lineEnd: number, ranges: readonly DrawnRange[]): Segment[] {
  const covering = ranges.filter((r) => r.start < lineEnd && r.end > lineStart);
  if (covering.length === 0) return lineEnd > lineStart ? [{ start: lineStart, end: lineEnd, ids: [] }] : [];
  const cuts = new Set<number>([lineStart, lineEnd]);
  for (const r of covering) {
    if (r.start > lineStart) cuts.add(r.start);
    if (r.end < lineEnd) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    segments.push({ start, end, ids: covering.filter((r) => r.start <= start && r.end >= end).map((r) => r.id) });
  }
  return segments;
}
