import porter2 from 'wink-porter2-stemmer';
import { arabicLightStem } from './arabic-stem';
import { foldTransliteration } from './transliteration';

/**
 * The one normalisation for search and alias matching, applied alike when indexing and when
 * querying: Unicode NFKC, case folding, Latin diacritics folded, Arabic diacritics (tashkeel) and
 * tatweel removed, alef forms (أ إ آ ٱ) to ا, ى to ي, ة to ه, Arabic-Indic digits to ASCII.
 * On top of it, for the index's second and third columns and the query words that look in them:
 * stemWord / stemmedForSearch (Arabic light stemming, English Snowball) and namesForSearch /
 * nameFormOf (transliteration folding of names in Latin script).
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

/** The last long text normalised: the index's three columns normalise the same text in turn. */
let lastText = '';
let lastNormalized = '';

export function normalizeForSearch(text: string): string {
  if (text.length < 256) return normalizeUnit(text);
  if (text !== lastText) {
    lastNormalized = normalizeUnit(text);
    lastText = text;
  }
  return lastNormalized;
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

/** A word as FTS5's unicode61 tokenizer cuts it: letters, digits and marks; anything else separates. */
export const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

const stemCache = new Map<string, string>();

/**
 * The stem of one normalised word: Arabic light stemming (light10, see arabic-stem.ts) for Arabic
 * script, Snowball English (Porter2, possessives first) for Latin script, other words unchanged.
 */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stem = ARABIC_LETTER.test(word) ? arabicLightStem(word) : LATIN_LETTER.test(word) ? porter2(word) || word : word;
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

/** The normalised words of a text, in order (the tokens the search index holds). */
export const searchWords = (text: string): string[] => normalizeForSearch(text).match(WORD) ?? [];

/** The stemmed column of the search index: every word of the text stemmed, in order. */
export function stemmedForSearch(text: string): string {
  return searchWords(text).map(stemWord).join(' ');
}

/**
 * The name column of the search index: each word written with a capital in Latin script (a
 * name, most often), transliteration-folded, so "al-Sharaa" and "al Shara" meet.
 */
export function namesForSearch(text: string): string {
  const out: string[] = [];
  for (const m of text.replace(POSSESSIVE, '').replace(APOSTROPHES, '').matchAll(WORD)) {
    if (/^\p{Lu}/u.test(m[0]) && LATIN_LETTER.test(m[0])) out.push(foldTransliteration(normalizeForSearch(m[0])));
  }
  return out.join(' ');
}

const APOSTROPHES = /(?<=\p{L})['\u2018\u2019\u02bc\u02bb\u02bf\u02be`\u00b4](?=\p{L})/gu;
/** An English possessive ending ("Sharaa's"), removed before apostrophes inside names are. */
const POSSESSIVE = /(?<=\p{L})['\u2019]s(?![\p{L}\p{N}])/gu;

/** The name column's form of a query word: normalised, apostrophes dropped, folded. */
export const nameFormOf = (word: string): string => foldTransliteration(normalizeForSearch(word).replace(POSSESSIVE, '').replace(APOSTROPHES, ''));
