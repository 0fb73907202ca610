import type { Quote } from '../../../src/shared/schemas/evidence';
import type { Figure } from '../../../src/shared/schemas/figure';
import { countInWords, GROUP_LABEL, OUTCOME_LABEL, asOfWords } from '../figures/figureWords';
import { shortQuote } from '../highlights/textSpan';

export type RecordedKind = 'figure' | 'quote';

/** A figure or quote drawn in the reader over the text it was recorded from (code points). */
export type RecordedSpan = { id: string; start: number; end: number } & ({ kind: 'figure'; record: Figure } | { kind: 'quote'; record: Quote });

/** The recorded evidence that still has its text (an orphaned record is listed in the inspector only). */
export function recordedSpans(figures: readonly Figure[], quotes: readonly Quote[]): RecordedSpan[] {
  const spans: RecordedSpan[] = [];
  for (const f of figures) if (f.selector && f.anchorStatus !== 'orphaned') spans.push({ id: f.id, kind: 'figure', record: f, start: f.selector.start, end: f.selector.end });
  for (const q of quotes) if (q.selector && q.anchorStatus !== 'orphaned') spans.push({ id: q.id, kind: 'quote', record: q, start: q.selector.start, end: q.selector.end });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The records of one kind whose text overlaps [start, end). */
export function recordedOver(spans: readonly RecordedSpan[], kind: RecordedKind, start: number, end: number): RecordedSpan[] {
  return spans.filter((s) => s.kind === kind && s.start < end && start < s.end);
}

/** The innermost record under a position of the text, figures before quotes. */
export function recordedAt(spans: readonly RecordedSpan[], at: number): RecordedSpan | undefined {
  const under = spans.filter((s) => s.start <= at && at < s.end);
  return under.sort((a, b) => Number(a.kind !== 'figure') - Number(b.kind !== 'figure') || a.end - a.start - (b.end - b.start))[0];
}

/** One line that says what the record is: "Figure: SOHR, 745 killed, civilians, undated". */
export function describeRecorded(span: RecordedSpan): string {
  if (span.kind === 'figure') {
    const f = span.record;
    return `Recorded figure: ${f.reporterName}, ${countInWords(f)} ${OUTCOME_LABEL[f.outcome].toLowerCase()}, ${GROUP_LABEL[f.group].toLowerCase()}, ${asOfWords(f.asOfDate ?? f.reportedDate)}`;
  }
  const q = span.record;
  return `Recorded quote: “${shortQuote(q.text, 60)}” (${q.speakerName ?? (q.speakerDescriptor || 'unnamed speaker')})`;
}
