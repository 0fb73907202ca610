import { arabicSubject, isBoundary, isPronounSpan, isVerb, PARTICIPLES, phraseAfter, REPORT_VERBS, SPEECH_VERBS, spanText, subjectBefore, type Span } from './attribution';
import type { Sentence } from './sentences';
import { tokenAt, type Token } from './tokens';

/**
 * The speaker of a quote, as the text names them: after it ("…," said a woman from X / "…,"
 * a farmer told us), before it (The governor said that "…" / وقال مسؤول محلي: «…»), or
 * — for a pronoun (He called it an “…”) — the person named in the previous sentence. A quote
 * continuing one just attributed ("…," X said. "…") keeps that speaker.
 */
export interface RawQuote {
  /** UTF-16 index of the opening and closing marks. */
  open: number;
  close: number;
  speaker?: string;
}

const VERB_WINDOW = 15;
const CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'der', 'la', 'du', 'bint']);
const SENTENCE_OPENERS = new Set('in the a an on at after as but and while when this that these those however for from with by during since if it he she they we'.split(' '));
const TITLES = /^(?:President|Prime|Minister|General|Gen|Colonel|Col|Sheikh|Dr|Mr|Mrs|Ms|King|Prince|Emir|Governor|Mayor|Commander|Ambassador|Secretary|Spokesman|Spokeswoman|Judge|Imam|Father|Bishop)$/;

function sentenceIndex(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The person a sentence is about: its first proper name followed by a verb, or with a title. */
function namedPerson(text: string, tokens: readonly Token[], s: Sentence): string | undefined {
  let best: Span | null = null;
  for (let i = s.t0; i < s.t1; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || t.arabic || !/^\p{Lu}/u.test(t.raw) || (i === s.t0 && SENTENCE_OPENERS.has(t.key))) continue;
    let j = i + 1;
    while (j < s.t1 && tokens[j].type === 'word' && (/^\p{Lu}/u.test(tokens[j].raw) || (CONNECTORS.has(tokens[j].key) && /^\p{Lu}/u.test(tokens[j + 1]?.raw ?? '')))) j++;
    const titled = TITLES.test(t.raw);
    const verbNext = j < s.t1 && tokens[j].type === 'word' && /^\p{Ll}/u.test(tokens[j].raw);
    if ((j - i >= 2 || titled) && (verbNext || titled)) return spanText(text, tokens, { a: i, b: j });
    if (!best && j - i >= 2) best = { a: i, b: j };
    i = j - 1;
  }
  return best ? spanText(text, tokens, best) : undefined;
}

/** An attribution found: a speech verb, and the span naming the speaker when one could be read. */
type Attribution = { span: Span | null } | null;

/** The speaker named after the closing mark: "…," said X / "…," X told us / "…", he said. */
function speakerAfter(text: string, tokens: readonly Token[], q: RawQuote, end: number): Attribution {
  const content = text.slice(q.open + 1, q.close).trim();
  let k = tokenAt(tokens, q.close + 1);
  const comma = k < end && (tokens[k].raw === ',' || tokens[k].raw === '\u060c');
  if (!(comma || /[,\u060c?!\u061f]$/.test(content))) return null;
  if (comma) k++;
  if (k >= end) return null;
  if (isVerb(SPEECH_VERBS, tokens[k])) return { span: phraseAfter(tokens, k + 1, end, 12) };
  for (let v = k + 1; v < end && v < k + 10; v++) {
    if (isBoundary(tokens[v])) return null;
    if (isVerb(SPEECH_VERBS, tokens[v])) return { span: subjectBefore(tokens, v, k, 10) };
  }
  return null;
}

/** The speaker named before the opening mark: X said (that) "…" / said X: "…" / وقال X: «…». */
function speakerBefore(tokens: readonly Token[], q: RawQuote, s: Sentence): Attribution {
  const mark = tokenAt(tokens, q.open);
  for (let v = mark - 1; v >= s.t0 && v >= mark - VERB_WINDOW; v--) {
    if (!isVerb(SPEECH_VERBS, tokens[v])) continue;
    if (isVerb(PARTICIPLES, tokens[v])) return mainSpeaker(tokens, v, s);
    if (tokens[v].arabic) return { span: phraseAfter(tokens, v + 1, mark, 6) };
    return { span: subjectBefore(tokens, v, s.t0, 10) ?? phraseAfter(tokens, v + 1, mark, 8) };
  }
  return null;
}

/** "أعلنت وزارة الداخلية ...، مؤكدة أن «…»": the subject of the clause a participle hangs on. */
function mainSpeaker(tokens: readonly Token[], participle: number, s: Sentence): Attribution {
  for (let v = participle - 1; v >= s.t0; v--) {
    if (!(isVerb(SPEECH_VERBS, tokens[v]) || isVerb(REPORT_VERBS, tokens[v])) || isVerb(PARTICIPLES, tokens[v])) continue;
    return { span: tokens[v].arabic ? arabicSubject(tokens, v, participle) : subjectBefore(tokens, v, s.t0, 10) };
  }
  return { span: null };
}

/** Who speaks in a sentence: the subject of its first speech verb ("the governor called for calm"). */
function speakerOf(text: string, tokens: readonly Token[], s: Sentence): string | undefined {
  for (let v = s.t0; v < s.t1; v++) {
    if (!isVerb(SPEECH_VERBS, tokens[v]) || tokens[v].arabic) continue;
    const span = subjectBefore(tokens, v, s.t0, 10);
    return span && !isPronounSpan(tokens, span) ? spanText(text, tokens, span) : undefined;
  }
  return undefined;
}

const SINGULAR = new Set(['he', 'she', 'هو', 'هي']);
const PRONOUN_REACH = 4;

/**
 * The person "he" or "she" stands for: the nearest earlier sentence (a few back, in this paragraph
 * or the one before) that names a person — "Halima Rass is 62 and …", or a single name set off
 * by a comma at the start ("Amal, a mother of five, …"). Sentences naming no one are skipped.
 */
function personBefore(text: string, tokens: readonly Token[], sentences: readonly Sentence[], si: number): string | undefined {
  const para = sentences[si].para;
  for (let k = si - 1; k >= 0 && k >= si - PRONOUN_REACH && sentences[k].para >= para - 1; k--) {
    const s = sentences[k];
    const named = namedPerson(text, tokens, s);
    if (named) return named;
    const first = tokens[s.t0];
    if (first?.type === 'word' && !first.arabic && /^\p{Lu}\p{Ll}+$/u.test(first.raw) && !SENTENCE_OPENERS.has(first.key) && tokens[s.t0 + 1]?.raw === ',') return first.raw;
  }
  return undefined;
}

export function speakerFor(text: string, tokens: readonly Token[], sentences: readonly Sentence[], q: RawQuote, previous?: RawQuote): string | undefined {
  const si = sentenceIndex(sentences, q.open);
  const s = sentences[si];
  const closing = sentences[sentenceIndex(sentences, q.close)];
  const attribution = speakerAfter(text, tokens, q, closing.t1) ?? speakerBefore(tokens, q, s);
  const span = attribution?.span;
  if (span && !isPronounSpan(tokens, span)) return spanText(text, tokens, span).replace(/[,:\u060c]+$/, '');
  const prevSentence = si > 0 ? sentences[si - 1] : undefined;
  if (attribution && !span) return undefined; // a speech verb whose speaker could not be read
  // a continuation of the quote just before ("…," X said. "…"), or a pronoun for the last speaker
  const opensSentence = tokenAt(tokens, q.open) === s.t0;
  if (previous?.speaker && prevSentence && previous.close >= prevSentence.start - 1 && (opensSentence || span)) return previous.speaker;
  if (!span) return undefined;
  if (isPronounSpan(tokens, span) && SINGULAR.has(tokens[span.a].key)) {
    const person = personBefore(text, tokens, sentences, si);
    if (person) return person;
  }
  const near = prevSentence && prevSentence.para >= s.para - 1 ? prevSentence : undefined;
  const named = near ? (speakerOf(text, tokens, near) ?? namedPerson(text, tokens, near)) : undefined;
  // a pronoun no earlier sentence resolves is still how the text names the speaker
  return named ?? spanText(text, tokens, span);
}
