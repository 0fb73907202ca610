import type { Highlight } from '../../../src/shared/schemas/highlight';
import { codeNames, type CodeIndex } from './codeIndex';
import { shortQuote } from './textSpan';

/** "Alawite, Killed for identity" or "No code". */
export function codesLabel(highlight: Highlight, codes: CodeIndex): string {
  const names = codeNames(codes, highlight.codeIds);
  return names.length ? names.join(', ') : 'No code';
}

/** The hover text of a highlight: its codes, its memo, and whether it needs review. */
export function describeHighlight(highlight: Highlight, codes: CodeIndex): string {
  const parts = [codesLabel(highlight, codes)];
  if (highlight.memo.trim()) parts.push(`Memo: ${shortQuote(highlight.memo, 160)}`);
  if (highlight.status === 'review') parts.push('Needs review: re-anchored after a text correction');
  return parts.join(' — ');
}

/** Highlights without a code: a highlighter amber that reads as "not yet coded". */
export const UNCODED_COLOR = '#c8960c';

/** The colour a highlight is drawn in: that of its code first in the codebook, if it has one. */
export function highlightColor(highlight: Highlight, codes: CodeIndex, fallback = UNCODED_COLOR): string {
  let first: { position: number; color: string } | null = null;
  for (const id of highlight.codeIds) {
    const entry = codes.byId.get(id);
    if (entry && (!first || entry.position < first.position)) first = { position: entry.position, color: entry.code.color };
  }
  return first?.color ?? fallback;
}
