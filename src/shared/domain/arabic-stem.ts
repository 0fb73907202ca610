/**
 * Arabic light stemming after Larkey, Ballesteros and Connell's "light10" (Light Stemming for
 * Arabic Information Retrieval, 2007), on text already through normalizeForSearch (so ة is ه,
 * ى is ي, alef forms are ا and tashkeel is gone). No maintained npm package implements light10
 * (the Snowball Arabic stemmer is a heavier, different algorithm), so its published rules are here:
 *   1. remove a leading و when 3 or more letters remain;
 *   2. remove one definite article ال وال بال كال فال لل when 2 or more letters remain;
 *   3. go once through the suffixes ها ان ات ون ين يه ية ه ة ي, right to left in that order,
 *      removing each one found at the end when 2 or more letters remain.
 * Beyond light10, the accusative ending of nisba adjectives (مدنياً, after normalisation مدنيا) loses
 * its alef when 4 or more letters remain, so it stems like مدني. The single-letter prepositions
 * ب ل ك ف are not removed here (كتاب, لبنان, فلسطين would lose a letter): the query side looks
 * for them instead (searchClitics).
 */

const ARTICLES = ['\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644', '\u0627\u0644', '\u0644\u0644'];
const SUFFIXES = ['\u0647\u0627', '\u0627\u0646', '\u0627\u062a', '\u0648\u0646', '\u064a\u0646', '\u064a\u0647', '\u064a\u0629', '\u0647', '\u0629', '\u064a'];
const WAW = '\u0648';
const NISBA_ACCUSATIVE = /(?<=.{3}\u064a)\u0627$/u;
/** The one-letter prepositions and conjunction written joined to the next word: ب ل ك ف. */
export const ARABIC_CLITICS = ['\u0628', '\u0644', '\u0643', '\u0641'];

export function arabicLightStem(word: string): string {
  let w = word;
  if (w.startsWith(WAW) && w.length - 1 >= 3) w = w.slice(1);
  for (const article of ARTICLES) {
    if (w.startsWith(article) && w.length - article.length >= 2) {
      w = w.slice(article.length);
      break;
    }
  }
  w = w.replace(NISBA_ACCUSATIVE, '');
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 2) w = w.slice(0, -suffix.length);
  }
  return w;
}
