/**
 * Folding of Arabic names written in Latin script, so spellings of one name meet: apostrophes and
 * ʿayn/hamza marks dropped, ee -> i, ou -> u, q -> k, doubled letters single (aa -> a, tt -> t),
 * a final h dropped. "Sharaa", "Shara" and "Shara'a" give "shara"; "Lattakia" and "Latakia" give
 * "latakia"; "Qardahah" and "Kardaha" give "kardaha". The article (al-, el-, al , el ) is dropped
 * by the callers, which see whole names. Input is one word through normalizeForSearch.
 */
export function foldTransliteration(word: string): string {
  const folded = word
    .replace(/['\u2018\u2019\u02bc\u02bb\u02bf\u02be`\u00b4]/g, '')
    .replace(/ee/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/q/g, 'k')
    .replace(/(\p{L})\1+/gu, '$1');
  return folded.length > 3 ? folded.replace(/h$/, '') : folded;
}

/** The Arabic article as a word of its own in Latin script ("al Shara", "el Assad"). */
export const isLatinArticle = (word: string) => word === 'al' || word === 'el';
