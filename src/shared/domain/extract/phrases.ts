import { normalizeForSearch } from '../normalize';
import { formsOf, type Token } from './tokens';

/**
 * Multi-word phrases ("at least", "ما لا يقل عن") matched over tokens. The first word of a
 * phrase may carry Arabic clitics (وأكثر من); the rest must match their normalised keys.
 */
export interface Phrase<T> {
  words: string[];
  value: T;
}

export function phrases<T>(entries: [string, T][]): Phrase<T>[] {
  return entries
    .map(([text, value]) => ({ words: normalizeForSearch(text).split(/\s+/).filter(Boolean), value }))
    .sort((a, b) => b.words.length - a.words.length);
}

function firstMatches(token: Token | undefined, word: string): boolean {
  if (!token || token.type === 'punct') return false;
  return token.key === word || (token.arabic && formsOf(token).includes(word));
}

/** The longest phrase starting at token i (not crossing `end`), with its end token index. */
export function phraseAt<T>(tokens: readonly Token[], i: number, end: number, list: readonly Phrase<T>[]): { value: T; end: number } | null {
  for (const p of list) {
    if (i + p.words.length > end) continue;
    if (!firstMatches(tokens[i], p.words[0])) continue;
    let k = 1;
    while (k < p.words.length && tokens[i + k].key === p.words[k]) k++;
    if (k === p.words.length) return { value: p.value, end: i + k };
  }
  return null;
}

/** The longest phrase ending just before token j (not starting before `start`), with its first token index. */
export function phraseBefore<T>(tokens: readonly Token[], j: number, start: number, list: readonly Phrase<T>[]): { value: T; start: number } | null {
  for (const p of list) {
    const i = j - p.words.length;
    if (i < start) continue;
    if (!firstMatches(tokens[i], p.words[0])) continue;
    let k = 1;
    while (k < p.words.length && tokens[i + k].key === p.words[k]) k++;
    if (k === p.words.length) return { value: p.value, start: i };
  }
  return null;
}
