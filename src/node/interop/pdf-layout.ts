import { isRtl, unshape, visualToLogical } from './pdf-bidi';
import { CELL_SEPARATOR } from './html-text';

/** One pdf.js text item, in page coordinates (y up), its text in visual order (left to right). */
export interface PdfItem {
  visual: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  items: PdfItem[];
}

interface Segment {
  left: number;
  right: number;
  y: number;
  size: number;
  items: PdfItem[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
};

/** Items on one baseline, top of the page first. A raised, smaller item (a footnote marker) joins the line it sits on. */
function baselines(items: PdfItem[]): Line[] {
  const lines: Line[] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(l.size, item.size) * 0.45 && (item.size >= l.size * 0.85 || item.y >= l.y));
    if (line) {
      line.items.push(item);
      if (item.size > line.size) {
        line.size = item.size;
        line.y = item.y;
      }
    } else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

/** A line split where the horizontal gap is wider than a column gutter or a table cell's padding. */
function segments(line: Line): Segment[] {
  const out: Segment[] = [];
  for (const item of line.items) {
    const last = out[out.length - 1];
    if (last && item.x - last.right < line.size * 1.5) {
      last.items.push(item);
      last.right = Math.max(last.right, item.x + item.width);
    } else out.push({ left: item.x, right: item.x + item.width, y: line.y, size: line.size, items: [item] });
  }
  return out;
}

/** Text of a segment in logical order: spaces from gaps, footnote markers as [n], presentation forms as letters. */
function segmentText(seg: Segment, rtl: boolean): string {
  let visual = '';
  let right: number | null = null;
  for (const item of seg.items) {
    const superscript = item.size < seg.size * 0.9 && item.y > seg.y + seg.size * 0.15 && /^\s*\d{1,3}\s*$/.test(item.visual);
    const text = superscript ? `[${item.visual.trim()}]` : item.visual;
    if (right !== null && item.x - right > item.size * 0.15 && !/\s$/.test(visual) && !/^\s/.test(text)) visual += ' ';
    visual += superscript && rtl ? [...text].reverse().join('').replace(/\]\s*(\d+)\s*\[/, '[$1]') : text;
    right = item.x + item.width;
  }
  return unshape(visualToLogical(visual, rtl)).replace(/\s+/g, ' ').trim();
}

interface Block {
  lines: { text: string; y: number; size: number }[];
  /** Lines across the page (not a column), which the next such line continues. */
  flowing?: boolean;
}

/** The widest x-range in the middle of the page that no segment covers, or null when none is wide enough. */
function freeBand(segs: Segment[], pageWidth: number, minWidth: number): [number, number] | null {
  let free: [number, number][] = [[pageWidth * 0.2, pageWidth * 0.8]];
  for (const seg of segs) {
    free = free.flatMap(([a, b]): [number, number][] => {
      if (seg.right <= a || seg.left >= b) return [[a, b]];
      return ([[a, seg.left], [seg.right, b]] as [number, number][]).filter(([x, y]) => y - x > 0);
    });
  }
  const widest = free.sort((p, q) => q[1] - q[0] - (p[1] - p[0]))[0];
  return widest && widest[1] - widest[0] >= minWidth ? widest : null;
}

/**
 * Lines of a page in reading order. A run of lines with a gutter no text crosses, and text on
 * both sides of it, is a set of two columns read one after the other (the right one first on a
 * right-to-left page); a line of several widely spaced parts outside columns is a table row.
 */
function readingLines(lines: Line[], rtl: boolean, pageWidth: number, body: number): Block[] {
  const split = lines.map(segments);
  const blocks: Block[] = [];
  const asLine = (segs: Segment[]) => ({
    text: (rtl ? [...segs].reverse() : segs).map((s) => segmentText(s, rtl)).join(CELL_SEPARATOR),
    y: segs[0].y,
    size: Math.max(...segs.map((s) => s.size)),
  });
  let i = 0;
  while (i < split.length) {
    let j = i;
    let band: [number, number] | null = null;
    while (j < split.length && split[j].length <= 2) {
      const next = freeBand(split.slice(i, j + 1).flat(), pageWidth, body * 1.5);
      if (!next) break;
      band = next;
      j++;
    }
    const region = split.slice(i, j).flat();
    const leftCount = band ? region.filter((s) => s.right <= band[0]).length : 0;
    const rightCount = band ? region.filter((s) => s.left >= band[1]).length : 0;
    if (band && j - i >= 3 && leftCount >= 2 && rightCount >= 2) {
      const left: Block = { lines: region.filter((s) => s.right <= band[0]).map((s) => asLine([s])) };
      const right: Block = { lines: region.filter((s) => s.left >= band[1]).map((s) => asLine([s])) };
      blocks.push(...(rtl ? [right, left] : [left, right]));
      i = j;
    } else {
      const last = blocks[blocks.length - 1];
      if (last?.flowing) last.lines.push(asLine(split[i]));
      else blocks.push({ lines: [asLine(split[i])], flowing: true });
      i++;
    }
  }
  return blocks;
}

/**
 * A page's reading text from its text items: lines from baselines, paragraphs from vertical gaps
 * and size changes (a heading is set larger than the body), columns in reading order, table rows
 * as tab-separated cells, right-to-left lines reordered to logical order, footnote markers as [n].
 */
export function pageText(items: PdfItem[], pageWidth: number, pageHeight: number): string {
  const kept = items.filter((i) => i.visual.trim() && i.size > 0);
  if (!kept.length) return '';
  const rtl = isRtl(kept.map((i) => i.visual).join(''));
  const lines = baselines(kept);
  const body = median(lines.map((l) => l.size));
  const spacing = median(lines.slice(1).map((l, k) => lines[k].y - l.y).filter((d) => d > 0 && d < body * 3)) || body * 1.2;
  const paragraphs: string[] = [];
  const notes: string[] = [];
  for (const block of readingLines(lines, rtl, pageWidth, body)) {
    let current = '';
    let prev: { y: number; size: number } | null = null;
    for (const line of block.lines) {
      const heading = line.size >= body * 1.25;
      const footnote = line.y < pageHeight * 0.15 && /^\[?\d{1,3}\]?\s*\S/.test(line.text) && line.size <= body;
      const table = line.text.includes(CELL_SEPARATOR);
      const inTable = current.includes(CELL_SEPARATOR);
      const newParagraph = !prev || (table ? !inTable : heading || footnote || inTable || prev.size >= body * 1.25 || prev.y - line.y > spacing * 1.35);
      let text = line.text;
      if (footnote) text = text.replace(/^\[?(\d{1,3})\]?\s*/, '[$1] ');
      if (footnote) {
        notes.push(text); // notes go to the end of the page, whichever column they sit in
        continue;
      }
      if (newParagraph) {
        if (current) paragraphs.push(current);
        current = text;
      } else if (table) current += `\n${text}`;
      else current = /[A-Za-z]-$/.test(current) && /^[a-z]/.test(text) ? current.slice(0, -1) + text : `${current} ${text}`;
      prev = line;
    }
    if (current) paragraphs.push(current);
  }
  return [...paragraphs, ...notes].join('\n\n');
}
