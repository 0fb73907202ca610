/**
 * Shows a span of the reader's text: as a DOM range, scrolled into view, selected and briefly
 * flashed. The reader draws its text as runs with `data-o` = the UTF-16 index of their first
 * character and one text node each (see reader/TextRun.tsx), which is what makes this possible.
 */

const FLASH_MS = 1700;

function runStart(run: HTMLElement): number {
  return Number(run.dataset.o);
}

/** The index of the last run starting at or before `pos` (before it, for the end of a span). */
function runAt(runs: HTMLElement[], pos: number, isEnd: boolean): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = runStart(runs[mid]);
    if (isEnd ? start < pos : start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The DOM range of [start, end) (UTF-16 positions in the reading text), or null when it is not drawn. */
export function textRange(textRoot: Element, start: number, end: number): Range | null {
  const runs = Array.from(textRoot.querySelectorAll<HTMLElement>('[data-o]'));
  const point = (pos: number, isEnd: boolean) => {
    const i = runAt(runs, pos, isEnd);
    const node = i >= 0 ? runs[i].firstChild : null;
    if (!node || node.nodeType !== Node.TEXT_NODE) return null;
    return { node, offset: Math.min(pos - runStart(runs[i]), (node as Text).length) };
  };
  const from = point(start, false);
  const to = point(end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}

/** Scrolls the reader so the range sits a third of the way down, unless it is already in view. */
export function scrollRangeIntoView(range: Range, scroller: HTMLElement): void {
  const box = scroller.getBoundingClientRect();
  const at = range.getBoundingClientRect();
  if (at.top >= box.top + 48 && at.bottom <= box.bottom - 48) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  scroller.scrollTo({ top: scroller.scrollTop + (at.top - box.top) - box.height / 3, behavior: smooth ? 'smooth' : 'auto' });
}

/** One box per line the range covers (client rects merged by line), relative to `origin`. */
function lineBoxes(range: Range, origin: DOMRect): { top: number; left: number; width: number; height: number }[] {
  const lines = new Map<number, { top: number; bottom: number; left: number; right: number }>();
  for (const r of Array.from(range.getClientRects())) {
    if (r.width < 1 || r.height < 1) continue;
    const key = Math.round(r.top + r.height / 2);
    const near = [...lines.keys()].find((k) => Math.abs(k - key) < r.height / 2);
    const line = near === undefined ? undefined : lines.get(near);
    if (line) Object.assign(line, { top: Math.min(line.top, r.top), bottom: Math.max(line.bottom, r.bottom), left: Math.min(line.left, r.left), right: Math.max(line.right, r.right) });
    else lines.set(key, { top: r.top, bottom: r.bottom, left: r.left, right: r.right });
  }
  return [...lines.values()].map((l) => ({ top: l.top - origin.top - 1, left: l.left - origin.left - 2, width: l.right - l.left + 4, height: l.bottom - l.top + 2 }));
}

/**
 * Lays a fading tint over the range inside `canvas` (positioned), for FLASH_MS. The layer carries
 * the text it marks in data-text, and is gone afterwards; it never catches the mouse.
 */
export function flashRange(range: Range, canvas: HTMLElement): void {
  canvas.querySelectorAll(':scope > .search-flash-layer').forEach((old) => old.remove());
  const layer = document.createElement('div');
  layer.className = 'search-flash-layer';
  layer.setAttribute('aria-hidden', 'true');
  layer.dataset.text = range.toString();
  for (const box of lineBoxes(range, canvas.getBoundingClientRect())) {
    const mark = document.createElement('div');
    mark.className = 'search-flash';
    // Through the CSSOM, which the style-src 'self' policy allows (a style attribute it would not).
    Object.assign(mark.style, { top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` });
    layer.append(mark);
  }
  canvas.append(layer);
  window.setTimeout(() => layer.remove(), FLASH_MS);
}

/** Selects the range in the document, as if the reader had dragged over it. */
export function selectRange(range: Range): void {
  const selection = window.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}
