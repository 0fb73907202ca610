import { CodePointText } from '../code-points';
import { findFigures } from './figures';
import { findMentions } from './mentions';
import { findQuotes } from './quotes';
import type { SuggestOptions, Suggestion } from './schema';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

export * from './schema';

/**
 * Suggests casualty figures, direct quotes and actor mentions in English or Arabic text.
 * Deterministic and rule-based: the same text and options always give the same suggestions,
 * ordered by position. Positions are code points of `text`; quotes cover the words inside the marks.
 */
export function suggest(text: string, options: SuggestOptions = {}): Suggestion[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const positions = /[\ud800-\udfff]/.test(text) ? new CodePointText(text) : null;
  const cp = (utf16: number) => (positions ? positions.toCodePoint(utf16) : utf16);
  const out: Suggestion[] = [];
  for (const f of findFigures(text, tokens, sentences, options.vague ?? false)) {
    const { start, end, ...rest } = f;
    out.push({ kind: 'figure', start: cp(start), end: cp(end), text: text.slice(start, end), ...rest });
  }
  for (const q of findQuotes(text, tokens, sentences)) {
    const start = q.open + 1;
    const quote: Suggestion = { kind: 'quote', start: cp(start), end: cp(q.close), text: text.slice(start, q.close) };
    if (q.speaker) quote.speaker = q.speaker;
    out.push(quote);
  }
  if (options.actors?.length) {
    for (const m of findMentions(text, tokens, options.actors)) {
      out.push({ kind: 'mention', start: cp(m.start), end: cp(m.end), text: text.slice(m.start, m.end), actorId: m.actorId });
    }
  }
  const order = { figure: 0, quote: 1, mention: 2 };
  return out.sort((a, b) => a.start - b.start || order[a.kind] - order[b.kind] || a.end - b.end);
}
