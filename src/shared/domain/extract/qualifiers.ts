import type { FigureQualifier } from './schema';
import { readNumber, type NumberExpr } from './numbers';
import { phraseAt, phraseBefore, phrases } from './phrases';
import { lexicon, lookup, type Token } from './tokens';

/**
 * How exact a figure is, from the words around the number: "at least", "no fewer than",
 * "ما لا يقل عن", "على الأقل" (at_least); "over", "more than", "أكثر من" (over); "about", "nearly",
 * "some", "around", "an estimated", "نحو", "حوالي", "قرابة" (about); "up to", "as many as" (up_to);
 * and ranges: "between 40 and 60", "40 to 60", "40-60", "بين 40 و60", "من 40 إلى 60".
 */
type Q = Exclude<FigureQualifier, 'exact' | 'range' | 'vague'>;
const BEFORE = phrases<Q>([
  ['at least', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['not less than', 'at_least'], ['a minimum of', 'at_least'],
  ['ما لا يقل عن', 'at_least'], ['لا يقل عن', 'at_least'], ['ما لا يقل على', 'at_least'], ['على الأقل', 'at_least'],
  ['over', 'over'], ['more than', 'over'], ['upwards of', 'over'], ['in excess of', 'over'], ['well over', 'over'],
  ['أكثر من', 'over'], ['ما يزيد عن', 'over'], ['ما يزيد على', 'over'], ['يزيد عن', 'over'], ['يزيد على', 'over'], ['ما يربو على', 'over'], ['أزيد من', 'over'],
  ['about', 'about'], ['around', 'about'], ['nearly', 'about'], ['almost', 'about'], ['some', 'about'], ['approximately', 'about'], ['roughly', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'], ['an approximate', 'about'],
  ['نحو', 'about'], ['حوالي', 'about'], ['قرابة', 'about'], ['زهاء', 'about'], ['ما يقدر ب', 'about'], ['يقدر ب', 'about'], ['ما يقارب', 'about'], ['يقارب', 'about'], ['ما يناهز', 'about'], ['تقريبا', 'about'],
  ['up to', 'up_to'], ['as many as', 'up_to'], ['fewer than', 'up_to'], ['less than', 'up_to'], ['ما يصل إلى', 'up_to'], ['يصل إلى', 'up_to'], ['أقل من', 'up_to'],
]);
const AFTER = phrases<Q>([
  ['at least', 'at_least'], ['or more', 'at_least'], ['على الأقل', 'at_least'], ['أو أكثر', 'at_least'], ['تقريبا', 'about'], ['or so', 'about'],
]);

/** The qualifier written before a number starting at token t0 (and where it starts). */
export function qualifierBefore(tokens: readonly Token[], t0: number, start: number): { qualifier: Q; t0: number } | null {
  const hit = phraseBefore(tokens, t0, start, BEFORE);
  // "ليصل إلى ٧٥": "(rising) to reach", a running toll, not "up to"
  if (hit?.value === 'up_to' && tokens[hit.start].arabic && /^ل[يت]صل$/.test(tokens[hit.start].key)) return null;
  return hit ? { qualifier: hit.value, t0: hit.start } : null;
}

/** A qualifier written after the figure's noun ("11 civilians at least", "١٥ شخصاً على الأقل"). */
export function qualifierAfter(tokens: readonly Token[], t1: number, end: number): { qualifier: Q; t1: number } | null {
  const hit = phraseAt(tokens, t1, end, AFTER);
  return hit ? { qualifier: hit.value, t1: hit.end } : null;
}

const BETWEEN = lexicon([['between', true], ['بين', true], ['from', true], ['من', true]]);
const AND = lexicon([['and', true], ['و', true], ['to', true], ['إلى', true], ['الى', true]]);
const CHANGE = new Set(['by', 'بمقدار']);
const DASHES = new Set(['-', '–', '\u2010']);

export interface RangeExpr {
  /** Token range of the whole "between X and Y" expression. */
  t0: number;
  t1: number;
  low: NumberExpr;
  high: NumberExpr;
}

/**
 * A range around the number `low`: "between 40 and 60", "from 40 to 60", "40 to 60", "40-60",
 * "بين 40 و60", "من 40 إلى 60". Without "between"/"from", only "to" or a dash joins two numbers.
 */
export function rangeFrom(tokens: readonly Token[], low: NumberExpr, start: number, end: number): RangeExpr | null {
  const j = low.t1;
  if (j + 1 >= end) return null;
  const joiner = tokens[j];
  const intro = low.t0 > start && lookup(BETWEEN, tokens[low.t0 - 1]) !== undefined;
  // "climbed by 12 to 75", "بمقدار ١٢ ليصل إلى ٧٥": a change in a toll and the new toll, not a range
  if (!intro && low.t0 > start && CHANGE.has(tokens[low.t0 - 1].key)) return null;
  let k = j + 1;
  let high: NumberExpr | null = null;
  if (lookup(AND, joiner) || (DASHES.has(joiner.raw) && joiner.start === tokens[j - 1].end)) {
    if (!intro && !['to', '-', '–', '\u2010', 'إلى', 'الى'].includes(joiner.key)) return null;
    high = readNumber(tokens, k, end);
  } else if (intro && joiner.arabic && joiner.key.startsWith('و') && joiner.key.length > 1) {
    // بين أربعين وستين: the conjunction is written onto the second number
    k = j;
    high = readNumber(tokens, k, end);
  }
  if (!high || high.vague || low.vague || high.value === undefined || low.value === undefined || high.value <= low.value) return null;
  return { t0: intro ? low.t0 - 1 : low.t0, t1: high.t1, low, high };
}
