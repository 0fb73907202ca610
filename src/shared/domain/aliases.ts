import { normalizeForSearch } from './normalize';

/** Dashes that join the Arabic article to a name in transliteration (al-Sharaa, ash-Shami). */
const DASH = '[-\\u2010-\\u2015\\u2212]';
/** The article and its sun-letter assimilations, when joined to the next word with a dash. */
const ATTACHED_ARTICLE = new RegExp(`(^|[\\s\\p{P}\\p{S}])(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)${DASH}(?=\\p{L})`, 'gu');
/** Apostrophes, ʿayn/hamza marks and dots vanish inside a word: Sha'ra = Shara, S.O.H.R. = SOHR. */
const VANISHING = /[.'\u2018\u2019\u02bc\u02bb\u02bf\u02be`\u00b4]/g;
const SEPARATORS = /[\p{P}\p{S}\s]+/gu;
/** Arabic definite article ال joined to a word (kept when fewer than two letters would remain). */
const ARABIC_ARTICLE = /^\u0627\u0644(?=.{2,}$)/u;

/**
 * The one normalisation for matching actor names and aliases, in any script:
 * normalizeForSearch (case, Latin diacritics, Arabic tashkeel, alef forms, ى, ة, digits), then
 * the Arabic article dropped (al-/el- and assimilated forms ash-, ad-, ... when dashed, a separate
 * "al"/"el" word, and the ال prefix), apostrophes and dots removed, other hyphens and punctuation
 * turned into spaces, and spaces collapsed. "Ahmad al-Sharaa" and "ahmad Al Sharaa" both give
 * "ahmad sharaa"; "أحمد الشرع" gives "احمد شرع"; "Aleppo" and "Alawite" are left alone.
 */
export function normalizeAlias(text: string): string {
  const folded = normalizeForSearch(text).replace(ATTACHED_ARTICLE, '$1').replace(VANISHING, '');
  return folded
    .replace(SEPARATORS, ' ')
    .split(' ')
    .filter((w) => w && w !== 'al' && w !== 'el' && w !== '\u0627\u0644')
    .map((w) => w.replace(ARABIC_ARTICLE, ''))
    .join(' ');
}

/**
 * How a query matches a name or alias (both given raw): exact when they normalise alike, partial
 * when every word of the query is a word of the alias ("Sharaa" in "Ahmad al-Sharaa"), else null.
 */
export function aliasMatch(query: string, alias: string): 'exact' | 'partial' | null {
  return normalizedAliasMatch(normalizeAlias(query), normalizeAlias(alias));
}

/** aliasMatch for a query and an alias already normalised (as the actor registry stores them). */
export function normalizedAliasMatch(q: string, a: string): 'exact' | 'partial' | null {
  if (!q || !a) return null;
  if (q === a) return 'exact';
  const words = new Set(a.split(' '));
  return q.split(' ').every((w) => words.has(w)) ? 'partial' : null;
}
