/**
 * The one normalisation for search and alias matching, applied alike when indexing and when
 * querying: Unicode NFKC, case folding, Latin diacritics folded, Arabic diacritics (tashkeel) and
 * tatweel removed, alef forms (أ إ آ ٱ) to ا, ى to ي, ة to ه, Arabic-Indic digits to ASCII.
 */

const ARABIC_MAP: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0675': '\u0627',
  '\u0649': '\u064a', // ى alef maqsura -> ي
  '\u06cc': '\u064a', // Farsi yeh -> ي
  '\u0629': '\u0647', // ة taa marbuta -> ه
  '\u06a9': '\u0643', // keheh -> ك
};

/** Combining marks of Latin letters and Arabic tashkeel, Quranic marks, superscript alef. */
const MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/g;

function mapChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x0660 && cp <= 0x0669) return String(cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String(cp - 0x06f0);
  if (cp === 0x0640) return ''; // tatweel
  return ARABIC_MAP[ch] ?? ch;
}

/** Normalises one code point's worth of text (used by the offset-keeping variant below). */
function normalizeUnit(unit: string): string {
  return unit
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(/[\s\S]/gu, mapChar);
}

export function normalizeForSearch(text: string): string {
  return normalizeUnit(text);
}

/**
 * Normalises text and keeps, for every UTF-16 unit of the result, the UTF-16 index in the
 * original it came from, so matches found in normalised text map back to the exact original span.
 * Works per grapheme-free code point plus its following combining marks.
 */
export function normalizeWithOffsets(text: string): { normalized: string; origin: number[] } {
  let normalized = '';
  const origin: number[] = [];
  const cluster = /[\s\S][\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0653-\u0655]*/gu;
  for (const m of text.matchAll(cluster)) {
    const out = normalizeUnit(m[0]);
    for (let i = 0; i < out.length; i++) origin.push(m.index!);
    normalized += out;
  }
  origin.push(text.length);
  return { normalized, origin };
}
