import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const RTL_ALL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;
const LTR_ALL = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/gu;

/** Whether a line of text is mostly right-to-left script. */
export function isRtl(text: string): boolean {
  return (text.match(RTL_ALL)?.length ?? 0) > (text.match(LTR_ALL)?.length ?? 0);
}

export const hasRtl = (text: string) => RTL.test(text);

/**
 * Reorders a line from visual order (as glyphs sit on the page, left to right) to logical order
 * (as it is read and typed), with the Unicode Bidirectional Algorithm (bidi-js). Reordering is its
 * own inverse for the runs a line of prose holds (RTL words with LTR numbers and names inside).
 */
export function visualToLogical(visual: string, rtl: boolean): string {
  if (!hasRtl(visual)) return visual;
  const levels = bidi.getEmbeddingLevels(visual, rtl ? 'rtl' : 'ltr');
  return bidi.getReorderedString(visual, levels);
}

/** Lam-alef glyphs whose text is two letters, as one presentation-form character (kept whole when reordered). */
const LAM_ALEF: Record<string, string> = { 'لا': '\ufefb', 'لأ': '\ufef7', 'لإ': '\ufef9', 'لآ': '\ufef5' };

/** A glyph's text as one character when it is a lam-alef ligature given as two letters, else unchanged. */
export const wholeGlyph = (unicode: string): string => LAM_ALEF[unicode] ?? unicode;

/**
 * Arabic presentation forms (initial, medial, final, isolated shapes and ligatures such as lam-alef)
 * and Latin typographic ligatures back to the letters they show, by their Unicode compatibility
 * decomposition (NFKC). Only those blocks change: the rest of the text is left as it was.
 */
export function unshape(text: string): string {
  return text.replace(/[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]+/gu, (run) => run.normalize('NFKC'));
}
