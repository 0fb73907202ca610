import { tokenAt, type Token } from './tokens';

/**
 * Sentences and paragraphs of English and Arabic prose. A sentence ends at . ! ? ؟ … (with any
 * closing quote marks or brackets after it) followed by a space, except after an abbreviation or
 * an initial, and at a line break unless the line is a soft wrap inside a paragraph.
 */
export interface Sentence {
  /** UTF-16 span in the text. */
  start: number;
  end: number;
  /** Token index range [t0, t1). */
  t0: number;
  t1: number;
  /** Index of the paragraph (block of lines) the sentence belongs to. */
  para: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st no nos vs etc e.g i.e gen lt col sgt capt cpt maj gov sen rep rev fr jr sr inc ltd co corp dept approx est fig p pp vol art para jan feb mar apr aug sept sep oct nov dec u.s u.n u.k a.m p.m'.split(' '),
);
const END = /[.!?\u061f\u2026]+["'\u201d\u2019\u00bb)\]]*(?=\s|$)|\n/g;
const WORD_BEFORE = /([\p{L}.]+)$/u;

function isAbbreviation(text: string, dot: number): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 24), dot));
  if (!m) return false;
  const word = m[1].toLowerCase().replace(/\.$/, '');
  if (ABBREVIATIONS.has(word)) return true;
  // an initial ("A. Smith") or dotted letters ("U.N.")
  return /^\p{Lu}$/u.test(m[1]) || /^(\p{L}\.)+\p{L}$/u.test(m[1]);
}

/** A single line break inside a wrapped paragraph: a long line running on into a lower-case word. */
function isSoftWrap(text: string, nl: number, lineStart: number): boolean {
  if (text[nl + 1] === '\n' || nl - lineStart < 50) return false;
  let p = nl - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  const prev = text[p] ?? '';
  const next = text[nl + 1] ?? '';
  return /[\p{L}\p{N},\-]/u.test(prev) && /[a-z0-9\u0600-\u06ff]/.test(next);
}

export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let para = 0;
  let from = 0;
  let lineStart = 0;
  let paraBreak = false;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      if (paraBreak && sentences.length) para++;
      paraBreak = false;
      sentences.push({ start: s, end: e, t0: tokenAt(tokens, s), t1: tokenAt(tokens, e), para });
    }
  };
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    if (m[0] === '\n') {
      const soft = isSoftWrap(text, m.index, lineStart);
      lineStart = m.index + 1;
      if (soft) continue;
      push(m.index);
      from = m.index + 1;
      paraBreak = true;
      continue;
    }
    const end = m.index + m[0].length;
    if (m[0] === '.' && isAbbreviation(text, m.index)) continue;
    // "e.g. the" or an ellipsis inside a sentence: the next word starts in lower case
    const next = /\S/.exec(text.slice(end, end + 8));
    if (next && /[a-z]/.test(next[0])) continue;
    push(end);
    from = end;
  }
  push(text.length);
  return sentences;
}
