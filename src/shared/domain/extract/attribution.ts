import { statusOf } from './status';
import { lookup, wordSet, type Token } from './tokens';

/**
 * Who says or reports something, from the grammar around a speech or reporting verb:
 * English puts the subject before the verb ("The mayor said", "The monitor reported") or,
 * after a quote, after it ("said a woman from the village"); Arabic puts it after the verb
 * ("وقال مسؤول محلي", "وأعلنت الوزارة أن").
 */
/** Participles that attach a quote to the main clause's subject: "..., adding that", "مؤكدة أن". */
const PARTICIPLES_AR = 'قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة معتبرا معتبرة';
export const PARTICIPLES = wordSet(`adding saying ${PARTICIPLES_AR}`);
export const SPEECH_VERBS = wordSet(
  'said says say told tells added adds asked asks stated states explained recalled recounted described describes characterized characterised called calls conveyed ' +
    'lamented wrote writes insisted warned claimed declared announced noted remarked replied responded shouted screamed cried whispered urged confirmed continued testified ' +
    'admitted argued complained pleaded vowed adding saying' +
    ' قال قالت قالوا يقول تقول يقولون أضاف أضافت يضيف أكد أكدت يؤكد صرح صرحت أوضح أوضحت ذكر ذكرت تابع تابعت روى روت كتب كتبت أعلن أعلنت حذر حذرت تساءل تساءلت وصف وصفت وصفوا وصفه وصفها ' +
    PARTICIPLES_AR,
);
export const REPORT_VERBS = wordSet(
  'reported reports said says added documented recorded counted counts lists listed gave put puts estimated estimates announced confirmed stated told tallied registered claimed noted ' +
    'أعلن أعلنت أفاد أفادت ذكر ذكرت قال قالت أضاف أضافت وثق وثقت أحصى أحصت أكد أكدت سجل سجلت أشار أشارت نقل نقلت أورد أوردت تحدث تحدثت',
);

const BOUNDARY = new Set([',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '«', '»', '—', '–', '.', '!', '?', '\u060c', '\u061b', '\u061f', '‘', '’', "'"]);
const SUBJECT_STOP = wordSet('that which who whom أن إن ان بأن');
const AUXILIARIES = new Set('also later then previously separately recently earlier had has have was were is are been would will had already once again further'.split(' '));
const PARENTHETICAL = new Set(['who', 'which', 'whose', 'a', 'an', 'the', 'himself', 'herself', 'themselves', 'also', 'aged']);
const LEADING = new Set(['and', 'but', 'so', 'while', 'as', 'then']);
const AFTER_STOP = wordSet('who which whose that on during adding when while after before إن أن ان بأن بأنه بأنها بأنهم عن في خلال عبر لـ ل');

export function isBoundary(t: Token): boolean {
  return t.type === 'punct' && BOUNDARY.has(t.raw);
}

export interface Span {
  /** Token range [a, b). */
  a: number;
  b: number;
}

/** The subject written before a verb at token `verb` (English word order), within [start, verb). */
export function subjectBefore(tokens: readonly Token[], verb: number, start: number, max = 10): Span | null {
  let b = verb;
  while (b - 1 >= start && tokens[b - 1].type === 'word' && !tokens[b - 1].arabic && (AUXILIARIES.has(tokens[b - 1].key) || /ly$/.test(tokens[b - 1].key))) b--;
  // skip a parenthetical between commas: "One doctor, who asked not to be named, said"
  if (b - 1 > start && tokens[b - 1].raw === ',') {
    for (let k = b - 2; k > start && k >= b - 16; k--) {
      if (tokens[k].raw !== ',') continue;
      if (PARENTHETICAL.has(tokens[k + 1].key) || tokens[k + 1].type === 'num') b = k;
      break;
    }
  }
  let a = b;
  while (a - 1 >= start && !isBoundary(tokens[a - 1]) && !lookup(SUBJECT_STOP, tokens[a - 1])) a--;
  while (a < b && LEADING.has(tokens[a].key)) a++;
  if (a >= b || b - a > max) return null;
  return { a, b };
}

/** The phrase naming someone right after a verb ("said a woman from X, who", "قال مسؤول محلي:"). */
export function phraseAfter(tokens: readonly Token[], from: number, end: number, max = 12): Span | null {
  let b = from;
  while (b < end && b - from < max && !isBoundary(tokens[b]) && !(b > from && lookup(AFTER_STOP, tokens[b]))) b++;
  if (b === from || (b < end && b - from >= max && !isBoundary(tokens[b]))) return null;
  return { a: from, b };
}

export function spanText(text: string, tokens: readonly Token[], span: Span): string {
  return text.slice(tokens[span.a].start, tokens[span.b - 1].end);
}

/** Is the token a verb of the given list (with Arabic و/ف attached: وقال، فأضاف)? */
export function isVerb(list: ReadonlyMap<string, true>, t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  if (!t.arabic) return list.has(t.key);
  if (list.has(t.key)) return true;
  return /^[وف]/.test(t.key) && list.has(t.key.slice(1));
}

const PRONOUNS = wordSet('he she they it we i you هو هي هم هن');
export function isPronounSpan(tokens: readonly Token[], span: Span): boolean {
  return span.b - span.a === 1 && lookup(PRONOUNS, tokens[span.a]) !== undefined;
}

const AFTER_VERB_STOP = wordSet('أن إن ان بأن عن في على خلال');
/** Verbal nouns that begin what is reported, after an Arabic subject: "أعلنت الوزارة ارتفاع ...". */
const REPORT_CONTENT = wordSet('ارتفاع انخفاض بلوغ وصول سقوط وقوع حصيلة عدد تسجيل');

/** Arabic verb-subject: the words after the verb up to أن/إن, punctuation, a number or what is reported. */
export function arabicSubject(tokens: readonly Token[], verb: number, end: number): Span | null {
  const a = verb + 1;
  let b = a;
  while (b < end && b - a < 8 && tokens[b].arabic && !lookup(AFTER_VERB_STOP, tokens[b]) && !(b > a && (statusOf(tokens[b]) || lookup(REPORT_CONTENT, tokens[b])))) b++;
  return b > a ? { a, b } : null;
}

