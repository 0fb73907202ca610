import { AppError } from '../api/errors';
import { normalizeForSearch } from './normalize';

/** One thing to look for: a word, a word prefix (word*), or an "exact phrase". */
export interface SearchTerm {
  text: string;
  prefix: boolean;
  phrase: boolean;
}

export interface ParsedQuery {
  /** The FTS5 MATCH expression: every term quoted, so user input is never FTS5 syntax. */
  fts: string;
  /** Terms that must match (for snippets), in query order. */
  positive: SearchTerm[];
  excluded: SearchTerm[];
}

type Token = { kind: 'term'; term: SearchTerm; negated: boolean } | { kind: 'or' };

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const ftsTerm = (t: SearchTerm) => (t.prefix ? `${quote(t.text)}*` : quote(t.text));

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(-?)(?:"([^"]*)("?)|(\S+))/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(query)) && m[0].trim()) {
    const negated = m[1] === '-';
    if (m[2] !== undefined) {
      if (m[3] !== '"') throw new AppError('invalid_input', 'The search has an opening quote without a closing one. Close the "exact phrase" with a second quote.');
      const text = normalizeForSearch(m[2]).trim().replace(/\s+/g, ' ');
      if (text) tokens.push({ kind: 'term', term: { text, prefix: false, phrase: true }, negated });
      continue;
    }
    const word = m[4];
    if (word === 'OR' && !negated) {
      tokens.push({ kind: 'or' });
      continue;
    }
    if (word.includes('"')) throw new AppError('invalid_input', 'The search has a quote inside a word. Put "exact phrases" in a pair of quotes.');
    const prefix = word.endsWith('*');
    const text = normalizeForSearch(prefix ? word.replace(/\*+$/, '') : word).replace(/\*/g, '');
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    tokens.push({ kind: 'term', term: { text, prefix, phrase: false }, negated });
  }
  return tokens;
}

/**
 * Turns what a researcher types — words, "exact phrases", prefix*, -exclusion and OR — into a safe
 * FTS5 expression. Terms are ANDed; OR joins its neighbours; exclusions apply to the whole query.
 */
export function parseSearchQuery(query: string): ParsedQuery {
  const tokens = tokenize(query);
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token.kind === 'or') {
      if (!groups.length) throw new AppError('invalid_input', 'OR needs a word on each side, as in: Alawite OR Alawites.');
      joinNext = true;
      continue;
    }
    if (token.negated) excluded.push(token.term);
    else if (joinNext) groups[groups.length - 1].push(token.term);
    else groups.push([token.term]);
    joinNext = false;
  }
  if (joinNext) throw new AppError('invalid_input', 'OR needs a word on each side, as in: Alawite OR Alawites.');
  if (!groups.length) {
    throw new AppError('invalid_input', excluded.length ? 'Add at least one word to look for; a search cannot only exclude words.' : 'Type a word to search for.');
  }
  const positive = groups.flat();
  const anded = groups.map((g) => (g.length > 1 ? `(${g.map(ftsTerm).join(' OR ')})` : ftsTerm(g[0]))).join(' AND ');
  const fts = excluded.length ? `(${anded}) ${excluded.map((t) => `NOT ${ftsTerm(t)}`).join(' ')}` : anded;
  return { fts, positive, excluded };
}
