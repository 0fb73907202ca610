import { normalizeForSearch } from '../normalize';

/**
 * Word, number and punctuation tokens of a text, each with its UTF-16 span and a lookup key
 * produced by the shared search normalisation (case, diacritics, Arabic letter variants and
 * Arabic-Indic digits folded), so every lexicon is matched the way search matches.
 */
export type TokenType = 'num' | 'word' | 'punct';

export interface Token {
  start: number;
  end: number;
  raw: string;
  key: string;
  type: TokenType;
  arabic: boolean;
}

const DIGIT = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';
const TOKEN = new RegExp(
  [
    // digits with thousands separators or a decimal part: 1,000  12.5  ١٢٬٠٠٠
    `[${DIGIT}]+(?:[,\\u066c.\\u066b][${DIGIT}]+)*`,
    // an Arabic conjunction or preposition written onto a number: و60، ب2011
    `[\\u0648\\u0641\\u0628\\u0644\\u0643](?=[${DIGIT}])`,
    // words, with inner apostrophes and hyphens: government’s, pro-government, twenty-five, al-Saadi
    `[\\p{L}\\p{M}\\p{N}]+(?:['’\\-\\u2010][\\p{L}\\p{M}\\p{N}]+)*`,
    // anything else that is not a space is a one-character punctuation token
    `[^\\s\\p{L}\\p{M}\\p{N}]`,
  ].join('|'),
  'gu',
);
const STARTS_WITH_DIGIT = new RegExp(`^[${DIGIT}]`);
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const ASCII = /^[\x00-\x7f]*$/;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

const keyCache = new Map<string, string>();

/** The normalised lookup key of one token (cached: report vocabulary is small and repetitive). */
export function keyOf(raw: string): string {
  if (ASCII.test(raw)) return raw.toLowerCase();
  let key = keyCache.get(raw);
  if (key === undefined) {
    key = normalizeForSearch(raw);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(raw, key);
  }
  return key;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const type: TokenType = STARTS_WITH_DIGIT.test(raw) ? 'num' : WORD_START.test(raw) ? 'word' : 'punct';
    tokens.push({ start: m.index, end: m.index + raw.length, raw, key: keyOf(raw), type, arabic: type === 'word' && ARABIC.test(raw) });
  }
  return tokens;
}

const stemCache = new Map<string, string[]>();

/**
 * The forms an Arabic word may be looked up under: itself, then without the clitics written onto
 * it (و/ف "and", ب/ل/ك prepositions, the article ال, لل), shortest last. Latin words have one form.
 */
export function formsOf(token: Token): string[] {
  if (!token.arabic) return [token.key];
  const cached = stemCache.get(token.key);
  if (cached) return cached;
  const forms = [token.key];
  const add = (f: string) => {
    if (f.length >= 2 && !forms.includes(f)) forms.push(f);
  };
  const bases = [token.key];
  if (/^[وف]/.test(token.key) && token.key.length > 3) bases.push(token.key.slice(1));
  for (const base of bases) {
    add(base);
    if (base.startsWith('ال') && base.length > 3) add(base.slice(2));
    if (base.startsWith('لل') && base.length > 3) add(base.slice(2));
    if (/^[بلك]/.test(base) && base.length > 3) {
      add(base.slice(1));
      if (base.slice(1).startsWith('ال') && base.length > 4) add(base.slice(3));
    }
  }
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(token.key, forms);
  return forms;
}

/** Looks a token up in a lexicon keyed by normalised words, trying Arabic clitic-free forms. */
export function lookup<T>(lexicon: ReadonlyMap<string, T>, token: Token | undefined): T | undefined {
  if (!token || token.type === 'punct') return undefined;
  if (!token.arabic) return lexicon.get(token.key);
  for (const form of formsOf(token)) {
    const hit = lexicon.get(form);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** Builds a lexicon from human-readable entries, normalising each key like the text. */
export function lexicon<T>(entries: Iterable<[string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [word, value] of entries) map.set(normalizeForSearch(word), value);
  return map;
}

/** A set of words as a lexicon of `true`. */
export function wordSet(words: string): Map<string, true> {
  return lexicon(words.split(/\s+/).filter(Boolean).map((w) => [w, true] as [string, true]));
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
