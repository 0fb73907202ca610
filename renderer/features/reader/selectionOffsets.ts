/**
 * Maps a DOM selection in the reader back to positions in the reading text.
 *
 * Every drawn run of text is one element with `data-o` = the UTF-16 index of its first character
 * and exactly one text node. A boundary inside such a run is `data-o + offset`; a boundary anywhere
 * else (between paragraphs, in the heading, past the end) becomes the start of the next run after
 * it, or the end of the text: so a selection partly outside the article text is clamped to it.
 */
function runStart(run: Element): number {
  return Number((run as HTMLElement).dataset.o);
}

function boundaryOffset(textRoot: Element, runs: Element[], textLength: number, node: Node, offset: number): number {
  const host = node.nodeType === Node.TEXT_NODE ? node.parentElement : null;
  if (host?.hasAttribute('data-o') && textRoot.contains(host)) return runStart(host) + offset;
  const point = document.createRange();
  point.setStart(node, offset);
  // The first run that begins at or after the boundary (runs are in document order).
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(runs[mid], 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo < runs.length ? runStart(runs[lo]) : textLength;
}

/** [start, end) in UTF-16 units of the text, trimmed of surrounding whitespace; null if empty. */
export function rangeToTextOffsets(range: Range, textRoot: Element, text: string): { start: number; end: number } | null {
  const runs = Array.from(textRoot.querySelectorAll('[data-o]'));
  if (runs.length === 0) return null;
  let start = boundaryOffset(textRoot, runs, text.length, range.startContainer, range.startOffset);
  let end = boundaryOffset(textRoot, runs, text.length, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  // Never split a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start--;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
  return end > start ? { start, end } : null;
}
