import type { AnchorStatus, TextSelector } from '../schemas/highlight';
import { CodePointText } from './code-points';
import { codePointLength } from './text';

/** Code points of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

/** Builds both selectors for [start, end) in code points of the reading text. */
export function selectorFor(text: string | CodePointText, start: number, end: number): TextSelector {
  const t = typeof text === 'string' ? new CodePointText(text) : text;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > t.length || start >= end) {
    throw new RangeError(`selection ${start}-${end} is outside the text (0-${t.length}) or empty`);
  }
  return {
    start,
    end,
    exact: t.slice(start, end),
    prefix: t.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: t.slice(end, Math.min(t.length, end + CONTEXT_LENGTH)),
  };
}

export interface AnchorResult {
  status: AnchorStatus;
  /** Where the highlight now is (unchanged selector for an orphan). */
  selector: TextSelector;
  /** How it was found: position, quote (moved), context (text inside changed), none. */
  method: 'position' | 'quote' | 'context' | 'none';
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Length of the common ending of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Re-anchors a highlight on a corrected reading text, never onto different text silently:
 * 1. position: the exact text is still at the same code points;
 * 2. quote: the exact text occurs elsewhere and exactly one occurrence has the best context,
 *    with at least one side of its context intact;
 * 3. context: the text inside was edited, but its prefix and suffix each occur once, in order,
 *    around a span of plausible length: anchored there with status "review";
 * otherwise it is an orphan for the user to re-attach.
 */
export function reanchor(corrected: string | CodePointText, old: TextSelector): AnchorResult {
  const t = typeof corrected === 'string' ? new CodePointText(corrected) : corrected;
  const newText = t.text;
  if (old.end <= t.length && t.slice(old.start, old.end) === old.exact) {
    return { status: 'anchored', selector: selectorFor(t, old.start, old.end), method: 'position' };
  }

  const candidates = occurrences(newText, old.exact).map((u16) => {
    const before = newText.slice(Math.max(0, u16 - old.prefix.length * 2), u16);
    const after = newText.slice(u16 + old.exact.length, u16 + old.exact.length + old.suffix.length * 2);
    const p = commonSuffix(before, old.prefix);
    const s = commonPrefix(after, old.suffix);
    return { u16, score: p + s, intact: p === old.prefix.length || s === old.suffix.length };
  });
  const acceptable = candidates.filter((c) => c.intact);
  if (acceptable.length) {
    const best = Math.max(...acceptable.map((c) => c.score));
    const top = acceptable.filter((c) => c.score === best);
    if (top.length === 1) {
      const start = t.toCodePoint(top[0].u16);
      const end = start + codePointLength(old.exact);
      return { status: 'anchored', selector: selectorFor(t, start, end), method: 'quote' };
    }
  }

  if (old.prefix.length >= 8 && old.suffix.length >= 8) {
    const prefixAt = occurrences(newText, old.prefix);
    const suffixAt = occurrences(newText, old.suffix);
    if (prefixAt.length === 1 && suffixAt.length === 1) {
      const startU16 = prefixAt[0] + old.prefix.length;
      const endU16 = suffixAt[0];
      const oldLength = old.exact.length;
      if (endU16 > startU16 && endU16 - startU16 <= oldLength * 2 + 16 && endU16 - startU16 >= oldLength / 2 - 16) {
        const start = t.toCodePoint(startU16);
        const end = t.toCodePoint(endU16);
        return { status: 'review', selector: selectorFor(t, start, end), method: 'context' };
      }
    }
  }
  return { status: 'orphaned', selector: old, method: 'none' };
}
