import type { Sentence } from './sentences';
import { speakerFor, type RawQuote } from './speakers';
import type { Token } from './tokens';

/**
 * Direct quotations between “ ”, " ", ‘ ’, ' ', « », ‹ › and „ “ marks, paired within a paragraph.
 * An apostrophe (Syria’s, don't, victims') is never a mark: an opening single mark follows a
 * space or punctuation and precedes a letter; a closing one follows a non-space and is not
 * followed by a letter or digit. Quotes without a speaker are kept only when they are long
 * enough to be speech rather than a term or title in quotes.
 */
export type { RawQuote };

const CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '‹': '›', '"': '"', '‘': '’', "'": "'" };
/** A title or a term, not speech: titled "…", the so-called "…", بعنوان «…». */
const TITLE_BEFORE = /(?:\b(?:titled|entitled|named|dubbed|headlined|called it|known as|so-called|the (?:term|word|phrase|slogan|hashtag))|بعنوان|المسمى|المسماة|يسمى|تسمى|ما يسمى|تحت اسم|شعار)[\s:,]*$/i;
const MARK = /["'“„«‹‘]/g;
const SINGLE_MAX = 600;
const MIN_WORDS_WITHOUT_SPEAKER = 6;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function canOpen(text: string, i: number, from: number): boolean {
  const prev = i > from ? text[i - 1] : ' ';
  const next = text[i + 1] ?? '';
  if (!next || /\s/.test(next)) return false;
  const ch = text[i];
  if (ch === '"' || ch === "'" || ch === '‘') return !LETTER_OR_DIGIT.test(prev);
  return true;
}

function findClose(text: string, i: number, to: number): number {
  const ch = text[i];
  const closers = CLOSERS[ch];
  const single = ch === "'" || ch === '‘';
  const limit = single ? Math.min(to, i + SINGLE_MAX) : to;
  for (let j = i + 2; j < limit; j++) {
    if (!closers.includes(text[j])) continue;
    if (/\s/.test(text[j - 1])) continue;
    if (single || ch === '"') {
      const after = text[j + 1] ?? '';
      if (LETTER_OR_DIGIT.test(after)) continue; // an apostrophe inside a word
    }
    return j;
  }
  return -1;
}

function paragraphs(sentences: readonly Sentence[]): { start: number; end: number; para: number }[] {
  const out: { start: number; end: number; para: number }[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && last.para === s.para) last.end = s.end;
    else out.push({ start: s.start, end: s.end, para: s.para });
  }
  return out;
}

export function findQuotes(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): RawQuote[] {
  const raw: RawQuote[] = [];
  const paras = paragraphs(sentences);
  paras.forEach((p, k) => {
    for (let i = p.start; i < p.end; i++) {
      MARK.lastIndex = i;
      const m = MARK.exec(text);
      if (!m || m.index >= p.end) break;
      i = m.index;
      const ch = text[i];
      if (!canOpen(text, i, p.start)) continue;
      let close = findClose(text, i, p.end);
      // a quotation running over paragraphs: each one opens with the mark, only the last closes it
      if (close < 0 && i === p.start && text[paras[k + 1]?.start] === ch) close = p.end;
      if (close < 0) continue;
      if (LETTER_OR_DIGIT.test(text.slice(i + 1, close)) && !TITLE_BEFORE.test(text.slice(Math.max(p.start, i - 24), i))) raw.push({ open: i, close });
      i = close;
    }
  });
  const out: RawQuote[] = [];
  let previous: RawQuote | undefined;
  for (const q of raw) {
    const speaker = speakerFor(text, tokens, sentences, q, previous);
    const words = text.slice(q.open + 1, q.close).trim().split(/\s+/).length;
    if (!speaker && words < MIN_WORDS_WITHOUT_SPEAKER) continue;
    const quote: RawQuote = speaker ? { ...q, speaker } : q;
    out.push(quote);
    previous = quote;
  }
  return out;
}
