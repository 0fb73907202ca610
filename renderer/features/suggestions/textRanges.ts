/**
 * DOM ranges over the reader's drawn text. Every run of reading text is an element with `data-o`
 * (the UTF-16 index of its first character) holding one text node, in text order (see
 * reader/selectionOffsets.ts); a position in the text is found in the last run starting at or
 * before it.
 */
export interface RunIndex {
  runs: HTMLElement[];
  starts: number[];
}

export function indexRuns(root: Element): RunIndex {
  const runs = Array.from(root.querySelectorAll<HTMLElement>('[data-o]'));
  return { runs, starts: runs.map((r) => Number(r.dataset.o)) };
}

/** The text node and offset of a UTF-16 position; `end` positions belong to the run before a boundary. */
function locate(index: RunIndex, at: number, end: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (end ? index.starts[mid] < at : index.starts[mid] <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const node = found === -1 ? null : index.runs[found].firstChild;
  if (!(node instanceof Text)) return null;
  return { node, offset: Math.min(at - index.starts[found], node.length) };
}

/** A range over [start, end) in UTF-16 units of the reading text, or null when it is not drawn. */
export function textRange(index: RunIndex, start: number, end: number): Range | null {
  const from = locate(index, start, false);
  const to = locate(index, end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}

/**
 * The UTF-16 position of the character under a point of the screen, with the box of that character,
 * or null when the point is not on drawn text (margins, between lines, past a line's end).
 */
export function characterAt(root: Element, x: number, y: number): { at: number; box: DOMRect } | null {
  let node: Node | null = null;
  let offset = 0;
  if (typeof document.caretPositionFromPoint === 'function') {
    const caret = document.caretPositionFromPoint(x, y);
    node = caret?.offsetNode ?? null;
    offset = caret?.offset ?? 0;
  } else {
    const caret = document.caretRangeFromPoint?.(x, y);
    node = caret?.startContainer ?? null;
    offset = caret?.startOffset ?? 0;
  }
  if (!(node instanceof Text)) return null;
  const host = node.parentElement;
  if (!host?.hasAttribute('data-o') || !root.contains(host)) return null;
  // The caret falls between two characters: the one under the pointer is the one whose box holds it.
  for (const i of [offset, offset - 1]) {
    if (i < 0 || i >= node.length) continue;
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    for (const box of Array.from(range.getClientRects())) {
      if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 6) return { at: Number(host.dataset.o) + i, box };
    }
  }
  return null;
}
