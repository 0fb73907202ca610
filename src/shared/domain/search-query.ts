import { AppError } from '../api/errors';
import { ARABIC_CLITICS } from './arabic-stem';
import { nameFormOf, normalizeForSearch, stemWord, WORD } from './normalize';
import { isLatinArticle } from './transliteration';

/**
 * One thing to look for: a word, a word prefix (word*), or an "exact phrase". A plain word also
 * carries the forms it matches in the stemmed column (stems) and in the name column (names: every
 * one must be there), when those are on.
 */
export interface SearchTerm {
  text: string;
  prefix: boolean;
  phrase: boolean;
  /** Stemmed-column phrases that also match this word (stem, and Arabic stem with ب ل ك ف). */
  stems?: string[];
  /** Name-column words that together also match this word (transliteration-folded). */
  names?: string[];
}

/** What a plain word matches besides its exact form. Both on unless the search says otherwise. */
export interface MatchOptions {
  /** Other forms of the word (stemming); off for "exact words only". */
  stems: boolean;
  /** Other spellings of names in Latin script (transliteration folding). */
  spellings: boolean;
}
export const ALL_FORMS: MatchOptions = { stems: true, spellings: true };

export interface ParsedQuery {
  /** The FTS5 MATCH expression: every term quoted, so user input is never FTS5 syntax. */
  fts: string;
  /** OR-groups of terms, ANDed together, in query order. */
  groups: SearchTerm[][];
  /** Terms that must match (for snippets), in query order. */
  positive: SearchTerm[];
  /** Excluded terms: surface forms only, so an exclusion means exactly what it says. */
  excluded: SearchTerm[];
}

type Token = { kind: 'term'; term: SearchTerm; negated: boolean; at: number } | { kind: 'or' | 'and'; at: number };

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const fail = (message: string, at: number): never => {
  throw new AppError('invalid_input', message, [{ path: 'query', message: `at character ${at + 1}` }]);
};
const firstWord = (s: string) => s.trim().split(/\s+/)[0]?.slice(0, 40) ?? '';

/** The FTS5 expression of one term: its surface form, and where it applies its stems and name forms. */
export function ftsTerm(t: SearchTerm): string {
  const surface = t.prefix ? `body : ${quote(t.text)}*` : `body : ${quote(t.text)}`;
  const alternatives = [surface, ...(t.stems ?? []).map((s) => `stem : ${quote(s)}`)];
  if (t.names?.length) alternatives.push(t.names.length === 1 ? `name : ${quote(t.names[0])}` : `(${t.names.map((n) => `name : ${quote(n)}`).join(' AND ')})`);
  return alternatives.length > 1 ? `(${alternatives.join(' OR ')})` : surface;
}

/** Gives a plain word (or a multi-word alias) its stemmed and name forms, as the options allow. */
export function withForms(term: SearchTerm, options: MatchOptions): SearchTerm {
  if (term.phrase || term.prefix) return term;
  const words = term.text.match(WORD) ?? [];
  const out: SearchTerm = { ...term };
  if (options.stems && words.length) {
    const stemmed = words.map(stemWord).join(' ');
    const stems = new Set([stemmed]);
    // One-letter prepositions joined to an Arabic word (بمجزرة, لقتلى): the index keeps them, so the query adds them.
    if (words.length === 1 && /^\p{Script=Arabic}{3,}$/u.test(stemmed)) for (const c of ARABIC_CLITICS) stems.add(c + stemmed);
    out.stems = [...stems];
  }
  if (options.spellings) {
    const latin = words.filter((w) => /\p{Script=Latin}/u.test(w) && !isLatinArticle(w));
    // Even when folding changes nothing ("shara"), the name column holds the folded spellings of others ("Sharaa").
    if (latin.length && latin.length === words.filter((w) => !isLatinArticle(w)).length) out.names = [...new Set(latin.map(nameFormOf))];
  }
  return out;
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(-?)(?:"([^"]*)("?)|(\S+))/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(query)) && m[0].trim()) {
    const at = m.index + m[0].length - m[0].trimStart().length;
    const negated = m[1] === '-';
    if (m[2] !== undefined) {
      if (m[3] !== '"') {
        const next = firstWord(m[2]);
        fail(next ? `The quote opened before '${next}' is never closed: add a closing " after the phrase, or remove the quote.` : 'The quote at the end of the search is never closed: remove it, or put a phrase after it and a closing ".', at + m[1].length);
      }
      const text = normalizeForSearch(m[2]).trim().replace(/\s+/g, ' ');
      if (text) tokens.push({ kind: 'term', term: { text, prefix: false, phrase: true }, negated, at });
      continue;
    }
    const word = m[4];
    if ((word === 'OR' || word === 'AND') && !negated) {
      tokens.push({ kind: word === 'OR' ? 'or' : 'and', at });
      continue;
    }
    if (word.includes('"')) fail(`The quote in '${word}' is inside a word: put a space before an opening quote and after a closing one, as in "exact phrase".`, at + word.indexOf('"'));
    const prefix = word.endsWith('*');
    const text = normalizeForSearch(prefix ? word.replace(/\*+$/, '') : word).replace(/\*/g, '');
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    tokens.push({ kind: 'term', term: { text, prefix, phrase: false }, negated, at });
  }
  return tokens;
}

/** Joins OR-groups (ANDed) and exclusions into one FTS5 expression; `alternatives` are ORed with the whole. */
export function ftsExpression(groups: SearchTerm[][], excluded: SearchTerm[], alternatives: SearchTerm[] = []): string {
  const anded = groups.map((g) => (g.length > 1 ? `(${g.map(ftsTerm).join(' OR ')})` : ftsTerm(g[0]))).join(' AND ');
  const positive = alternatives.length ? `((${anded}) OR ${alternatives.map(ftsTerm).join(' OR ')})` : anded;
  return excluded.length ? `(${positive}) ${excluded.map((t) => `NOT ${ftsTerm(t)}`).join(' ')}` : positive;
}

/**
 * Turns what a researcher types — words, "exact phrases", prefix*, -exclusion, OR and AND — into a
 * safe FTS5 expression. Terms are ANDed; OR joins its neighbours; exclusions apply to the whole
 * query. A plain word also matches its other forms (stems) and, for a name in Latin script, its
 * other spellings, unless the options turn them off; "a quoted word" matches only itself. With
 * spellings on, the article written as a word of its own ("al Shara") is not required.
 * Mistakes are reported with what to change and where (the character, in the error's issues).
 */
export function parseSearchQuery(query: string, options: MatchOptions = ALL_FORMS): ParsedQuery {
  let tokens = tokenize(query);
  if (options.spellings) {
    const kept = tokens.filter((t, i) => !(t.kind === 'term' && !t.negated && !t.term.phrase && !t.term.prefix && isLatinArticle(t.term.text) && tokens[i + 1]?.kind === 'term'));
    if (kept.some((t) => t.kind === 'term' && !t.negated)) tokens = kept;
  }
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let pending: Token | null = null;
  for (const token of tokens) {
    if (token.kind !== 'term') {
      const op = token.kind.toUpperCase();
      if (pending) fail(`${pending.kind.toUpperCase()} ${op}: ${op} needs a word on each side; remove one of them, or put a word between them.`, token.at);
      if (!groups.length) fail(`${op} needs a word on each side: put a word before it, as in: Alawite ${op} Alawites.`, token.at);
      pending = token;
      continue;
    }
    if (token.negated) {
      if (pending) fail(`${pending.kind.toUpperCase()} cannot join an excluded word (-${firstWord(query.slice(token.at + 1))}): remove the ${pending.kind.toUpperCase()}, or the minus.`, token.at);
      excluded.push(token.term);
    } else {
      const term = withForms(token.term, options);
      if (pending?.kind === 'or') groups[groups.length - 1].push(term);
      else groups.push([term]);
    }
    pending = null;
  }
  if (pending) fail(`${pending.kind.toUpperCase()} needs a word on each side: put a word after it, or remove it.`, pending.at);
  if (!groups.length) {
    throw new AppError('invalid_input', excluded.length ? 'Add at least one word to look for; a search cannot only exclude words.' : 'Type a word to search for.');
  }
  return { fts: ftsExpression(groups, excluded), groups, positive: groups.flat(), excluded };
}
