import { CodePointText } from '../../shared/domain/code-points';
import type { ExportText, TextPart } from '../../shared/schemas/export';

/** A redaction as stored: a span of a text in code points, the words it covered, and why. */
export interface StoredRedaction {
  id: string;
  start: number;
  end: number;
  exact: string;
  reason: string;
}

export interface Span {
  start: number;
  end: number;
  reasons: string[];
  ids: string[];
}

/**
 * Where each redaction stands in the text now. When the words are no longer at the stored span
 * (the text was corrected since), every place the words stand is redacted instead: a redaction
 * fails closed. Overlapping or touching spans are merged, their reasons kept.
 */
export function resolveSpans(text: CodePointText, redactions: readonly StoredRedaction[]): Span[] {
  const raw: Span[] = [];
  for (const r of redactions) {
    if (r.start >= 0 && r.end <= text.length && text.slice(r.start, r.end) === r.exact) {
      raw.push({ start: r.start, end: r.end, reasons: [r.reason], ids: [r.id] });
      continue;
    }
    if (!r.exact) continue;
    const length = [...r.exact].length;
    for (let at = text.text.indexOf(r.exact); at >= 0; at = text.text.indexOf(r.exact, at + r.exact.length)) {
      const start = text.toCodePoint(at);
      raw.push({ start, end: start + length, reasons: [r.reason], ids: [r.id] });
    }
  }
  raw.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of raw) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      for (const reason of s.reasons) if (!last.reasons.includes(reason)) last.reasons.push(reason);
      for (const id of s.ids) if (!last.ids.includes(id)) last.ids.push(id);
    } else merged.push({ ...s, reasons: [...s.reasons], ids: [...s.ids] });
  }
  return merged;
}

export const redactedPlaceholder = (reason: string) => `[redacted: ${reason}]`;

/**
 * The parts of [from, to) of a text with its resolved spans: plain pieces, and redacted pieces
 * that keep their words (marked) or carry only "[redacted: reason]" (replaced).
 */
export function partsOf(text: CodePointText, spans: readonly Span[], mode: 'marked' | 'replaced', from = 0, to = text.length): ExportText {
  const parts: TextPart[] = [];
  const plain = (a: number, b: number) => {
    if (b > a) parts.push({ text: text.slice(a, b), redaction: null });
  };
  let at = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    const start = Math.max(s.start, from);
    const end = Math.min(s.end, to);
    plain(at, start);
    const reason = s.reasons.join('; ');
    parts.push(mode === 'marked' ? { text: text.slice(start, end), redaction: { reason, withheld: false } } : { text: redactedPlaceholder(reason), redaction: { reason, withheld: true } });
    at = end;
  }
  plain(at, to);
  return parts;
}

/** Shorter strings are not scrubbed everywhere: they would wipe out ordinary words. */
const MIN_SCRUB_LENGTH = 3;
export const SCRUBBED = '[withheld]';

/**
 * Replaces every occurrence of the withheld strings in every string of a value (deeply): the last
 * line of defence, so that words a profile withholds cannot reach an export through a copy in
 * another field (a quote of a redacted passage, a name repeated in a title).
 */
export function scrubStrings<T>(value: T, withheld: Iterable<string>): T {
  const needles = [...new Set([...withheld].map((s) => s.trim()).filter((s) => [...s].length >= MIN_SCRUB_LENGTH))].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return value;
  const scrub = (s: string) => {
    let out = s;
    for (const n of needles) if (out.includes(n)) out = out.split(n).join(SCRUBBED);
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
