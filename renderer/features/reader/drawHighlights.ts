import type { CodePointText } from '../../../src/shared/domain/code-points';
import type { Highlight } from '../../../src/shared/schemas/highlight';
import type { CodeIndex } from '../highlights/codeIndex';
import { describeHighlight, highlightColor } from '../highlights/highlightLabel';
import type { TextSpan } from '../highlights/textSpan';
import { PENDING_COLOR, type DrawnHighlight } from './highlightStyle';

export const PENDING_ID = 'pending-selection';

/**
 * What the reader draws: every highlight still on its text (orphans have none and are only listed),
 * converted from code points to UTF-16 positions, plus the selection being coded, sorted by start.
 */
export function drawHighlights(highlights: readonly Highlight[], codes: CodeIndex, text: CodePointText, pending: TextSpan | null): DrawnHighlight[] {
  const drawn: DrawnHighlight[] = [];
  for (const h of highlights) {
    if (h.status === 'orphaned' || h.end > text.length) continue;
    drawn.push({
      id: h.id,
      start: text.toUtf16(h.start),
      end: text.toUtf16(h.end),
      color: highlightColor(h, codes),
      status: h.status,
      title: describeHighlight(h, codes),
      memo: h.memo.trim(),
    });
  }
  if (pending) {
    drawn.push({ id: PENDING_ID, start: text.toUtf16(pending.start), end: text.toUtf16(pending.end), color: PENDING_COLOR, status: 'pending', title: '', memo: '' });
  }
  return drawn.sort((a, b) => a.start - b.start || b.end - a.end);
}
