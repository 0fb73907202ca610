import { wholeGlyph } from './pdf-bidi';

/**
 * pdf.js joins the glyphs of a text item and reverses right-to-left items character by character,
 * which splits a lam-alef glyph whose text is two letters ("لا") into the wrong order ("ال"). The
 * page's operator list still has each glyph's text, in the order the items were built from, so this
 * rebuilds each right-to-left item in visual order glyph by glyph, lam-alef kept whole.
 */
export class GlyphStream {
  private at = 0;
  private lost = false;

  constructor(private readonly glyphs: string[]) {}

  /** The item's text in visual order (left to right on the page), or null when the glyphs cannot be matched. */
  visual(itemText: string): string | null {
    const target = itemText.replace(/\s+/g, '');
    if (this.lost || !target) return null;
    const taken: string[] = [];
    let count = 0;
    while (count < target.length && this.at < this.glyphs.length) {
      const glyph = this.glyphs[this.at++];
      taken.push(glyph);
      count += glyph.replace(/\s+/g, '').length;
    }
    const raw = taken.join('').replace(/\s+/g, '');
    if (raw.length !== target.length || sorted(raw) !== sorted(target)) {
      this.lost = true; // from here on, the items keep pdf.js's own order
      return null;
    }
    return taken.map(wholeGlyph).join('').trim();
  }
}

const sorted = (s: string) => [...s].sort().join('');

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

/** Every glyph's text in a page's operator list, in content-stream order. */
export function pageGlyphs(ops: OperatorList, textOps: Set<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (!textOps.has(ops.fnArray[i])) continue;
    const glyphs = ops.argsArray[i]?.find((a) => Array.isArray(a)) as unknown[] | undefined;
    for (const g of glyphs ?? []) {
      const unicode = g && typeof g === 'object' ? (g as { unicode?: unknown }).unicode : null;
      if (typeof unicode === 'string' && unicode) out.push(unicode);
    }
  }
  return out;
}
