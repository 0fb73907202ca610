import { arabicSubject, isBoundary, isPronounSpan, isVerb, phraseAfter, REPORT_VERBS, spanText, subjectBefore, type Span } from './attribution';
import type { Sentence } from './sentences';
import { phraseAt, phrases } from './phrases';
import { wordSet, lookup, type Token } from './tokens';

/**
 * Who gave a figure, when the sentence says so: "according to X", "as reported by X",
 * "وفق ما أفاد به X", "بحسب X"; a reporting verb with its subject before the figure ("The monitor
 * reported 45 ...", "The ministry gave ...", "وأعلنت الوزارة أن ..."); or after it
 * ("..., the ministry said.").
 */
const SOURCE_PHRASES = phrases<true>(
  [
    'according to', 'as reported by', 'reported by', 'cited by', 'quoted by', 'figures from', 'data from',
    'وفق ما أفاد به', 'وفق ما أفادت به', 'وفق ما أفاد', 'وفق ما أفادت', 'وفق ما ذكر', 'وفق ما ذكرت', 'وفقا لما أفاد به', 'وفقا لما ذكره',
    'بحسب ما أفاد', 'بحسب ما أفادت', 'بحسب', 'حسب', 'حسبما أفاد', 'حسبما ذكر', 'وفقا', 'وفق', 'طبقا', 'نقلا عن', 'استنادا إلى', 'كما أفاد', 'كما أفادت',
  ].map((p) => [p, true] as [string, true]),
);
/** A new clause with its own subject: a reporting verb before it does not give this figure. */
const CLAUSE_WORDS = wordSet('while whereas but فيما بينما لكن');
const REPORTER_STOP = wordSet('that which who on in ان أن إن في على منذ بعد');
const CLITIC_L = /^(?:لـ\s*|ل(?=ل))/;

/** Words for a count that stand before its source: "حصيلة المرصد" -> "المرصد". */
const COUNT_NOUNS = /^(?:حصيلة|أرقام|ارقام|بيانات|إحصاءات|احصاءات|تقرير|تقديرات)\s+/;

function clean(text: string): string {
  return text.replace(/^(?:the)\s+/, '').replace(CLITIC_L, '').replace(/^(?:به|بها)\s+/, '').replace(COUNT_NOUNS, '').trim();
}

/** A source is named by words, not by a date or number ("cited by 9 March" names no one). */
const named = (s: string | undefined) => (s && /^[\p{L}]/u.test(s) ? s : undefined);

/** "according to X", "وفق ما أفاد به X": the source named, and the token where the phrase starts. */
function sourcePhrases(text: string, tokens: readonly Token[], s: Sentence): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  for (let i = s.t0; i < s.t1; i++) {
    const hit = phraseAt(tokens, i, s.t1, SOURCE_PHRASES);
    if (!hit) continue;
    let a = hit.end;
    if (a < s.t1 && (tokens[a].key === 'ل' || tokens[a].key === 'به' || tokens[a].key === 'بها')) a++;
    let b = a;
    while (b < s.t1 && b - a < 10 && !isBoundary(tokens[b]) && !(b > a && lookup(REPORTER_STOP, tokens[b]))) b++;
    const name = b > a ? named(clean(spanText(text, tokens, { a, b }))) : undefined;
    if (name) out.push({ at: i, name });
    i = b - 1;
  }
  return out;
}

/** An English subject, cut at a second verb ("X said it had documented" gives X); null for a pronoun. */
function englishSubject(tokens: readonly Token[], verb: number, start: number): Span | null {
  const span = subjectBefore(tokens, verb, start, 10);
  if (!span) return null;
  for (let k = span.a + 1; k < span.b; k++) {
    if (isVerb(REPORT_VERBS, tokens[k])) return { a: span.a, b: k };
  }
  return isPronounSpan(tokens, span) ? null : span;
}

/**
 * The reporter nearest the figure wins: an "according to" phrase anywhere in the sentence, the
 * subject of a reporting verb before the figure (in its clause), or a reporter after it.
 */
export function reporterFor(text: string, tokens: readonly Token[], s: Sentence, figureT0: number, figureT1: number): string | undefined {
  const candidates: { distance: number; name: string }[] = sourcePhrases(text, tokens, s).map((p) => ({
    distance: p.at < figureT0 ? figureT0 - p.at : Math.max(0, p.at - figureT1),
    name: p.name,
  }));
  for (let v = figureT0 - 1; v >= s.t0; v--) {
    if (tokens[v].raw === ';' || tokens[v].raw === '\u061b' || (tokens[v].type === 'word' && lookup(CLAUSE_WORDS, tokens[v]))) break;
    if (!isVerb(REPORT_VERBS, tokens[v])) continue;
    const span = tokens[v].arabic ? arabicSubject(tokens, v, figureT0) : englishSubject(tokens, v, s.t0);
    const name = span ? named(spanText(text, tokens, span)) : undefined;
    if (name) {
      candidates.push({ distance: figureT0 - v, name });
      break;
    }
  }
  for (let v = figureT1; v < s.t1; v++) {
    // "..., while activists spoke of dozens missing": a new clause reports something else.
    if (tokens[v].type === 'word' && lookup(CLAUSE_WORDS, tokens[v])) break;
    if (!isVerb(REPORT_VERBS, tokens[v])) continue;
    // "..., the ministry said." / "..., said the ministry."
    const before = subjectBefore(tokens, v, figureT1, 6);
    let name: string | undefined;
    if (before && before.a > figureT1 && isBoundary(tokens[before.a - 1])) name = named(spanText(text, tokens, before));
    else if (isBoundary(tokens[v - 1])) {
      const after = tokens[v].arabic ? arabicSubject(tokens, v, s.t1) : phraseAfter(tokens, v + 1, s.t1, 6);
      if (after) name = named(spanText(text, tokens, after));
    }
    if (name) candidates.push({ distance: v - figureT1 + 1, name });
    break;
  }
  let best: { distance: number; name: string } | undefined;
  for (const c of candidates) if (!best || c.distance < best.distance) best = c;
  return best?.name;
}
