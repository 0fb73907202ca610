import { lexicon, lookup, type Token } from './tokens';

/**
 * Numbers as reports write them: digits with thousands separators (1,000  ١٢٬٠٠٠), Arabic-Indic
 * digits, a scale word after digits (1.2 million, 3 آلاف), English number words (seventeen,
 * two hundred and twelve, twenty-five, a dozen, two dozen) and Arabic number words (خمسة،
 * خمسة وعشرون، ثلاثة عشر، مئة وخمسون، ثلاثة آلاف). Vague quantities (dozens, hundreds, عشرات)
 * are returned with `vague` and no value.
 */
export interface NumberExpr {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  value?: number;
  vague: boolean;
  /** Written in words rather than digits. */
  words: boolean;
  /** Digits with a fractional part and no scale word (2.5): a measure, not a count. */
  decimal: boolean;
  /** Digits starting with 0 (0800): an identifier, not a count. */
  leadingZero: boolean;
  /** An Arabic dual noun counting two ("طفلان"): the number is the noun itself, t1 === t0. */
  dual?: boolean;
}

type Kind = 'unit' | 'ten' | 'hundred' | 'scale' | 'dozen' | 'teen';
const EN = new Map<string, [Kind, number]>();
'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((w, i) => EN.set(w, ['unit', i + 1]));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, i) => EN.set(w, ['ten', (i + 2) * 10]));
EN.set('hundred', ['hundred', 100]);
EN.set('dozen', ['dozen', 12]);
EN.set('thousand', ['scale', 1e3]);
EN.set('million', ['scale', 1e6]);
EN.set('billion', ['scale', 1e9]);

const AR = lexicon<[Kind, number]>([
  ...['واحد واحدة', 'اثنان اثنين اثنتان اثنتين', 'ثلاث ثلاثة', 'أربع أربعة', 'خمس خمسة', 'ست ستة', 'سبع سبعة', 'ثمان ثماني ثمانية', 'تسع تسعة', 'عشر عشرة'].flatMap(
    (forms, i) => forms.split(' ').map((w) => [w, ['unit', i + 1]] as [string, [Kind, number]]),
  ),
  ...['أحد إحدى', 'اثنا اثني اثنتا اثنتي'].flatMap((forms, i) => forms.split(' ').map((w) => [w, ['teen', i + 1]] as [string, [Kind, number]])),
  ...['عشرون عشرين', 'ثلاثون ثلاثين', 'أربعون أربعين', 'خمسون خمسين', 'ستون ستين', 'سبعون سبعين', 'ثمانون ثمانين', 'تسعون تسعين'].flatMap(
    (forms, i) => forms.split(' ').map((w) => [w, ['ten', (i + 2) * 10]] as [string, [Kind, number]]),
  ),
  ...['مئة مائة', 'مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي', 'ثلاثمئة ثلاثمائة', 'أربعمئة أربعمائة', 'خمسمئة خمسمائة', 'ستمئة ستمائة', 'سبعمئة سبعمائة', 'ثمانمئة ثمانمائة ثمانيمئة', 'تسعمئة تسعمائة'].flatMap(
    (forms, i) => forms.split(' ').map((w) => [w, ['hundred', (i + 1) * 100]] as [string, [Kind, number]]),
  ),
  ...'ألف ألفا'.split(' ').map((w) => [w, ['scale', 1e3]] as [string, [Kind, number]]),
  ...'ألفان ألفين ألفي'.split(' ').map((w) => [w, ['scale', 2e3]] as [string, [Kind, number]]),
  ['آلاف', ['scale', 1e3]],
  ...'مليون مليونا'.split(' ').map((w) => [w, ['scale', 1e6]] as [string, [Kind, number]]),
  ['ملايين', ['scale', 1e6]],
]);
const AR_PLURAL_SCALES = lexicon([['آلاف', true], ['ملايين', true]]);
const AR_TEN = lexicon([['عشر', true], ['عشرة', true]]);

/** Vague quantities: the word alone, or a word followed by "of thousands" ("tens of thousands"). */
const VAGUE = lexicon(
  'dozens hundreds thousands millions scores tens عشرات مئات آلاف ملايين'.split(' ').map((w) => [w, true] as [string, true]),
);
const DIGITS = /^(?:\d{1,3}(?:[,\u066c]\d{3})+|\d+)(?:[.\u066b]\d+)?$/;
const SCALE_AFTER_DIGITS = lexicon<number>([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['ألف', 1e3], ['آلاف', 1e3], ['مليون', 1e6], ['ملايين', 1e6], ['مليار', 1e9],
]);

function vagueAt(tokens: readonly Token[], i: number, end: number): NumberExpr | null {
  const t = tokens[i];
  const of = tokens[i + 1];
  const scale = tokens[i + 2];
  if (t.key === 'several' || t.key === 'few') {
    const next = tokens[i + 1];
    if (i + 1 < end && next && ['hundred', 'thousand', 'dozen'].includes(next.key)) return { t0: i, t1: i + 2, vague: true, words: true, decimal: false, leadingZero: false };
    return null;
  }
  if (!lookup(VAGUE, t) || (t.key === 'tens' && of?.key !== 'of')) return null;
  let t1 = i + 1;
  if (i + 2 < end && of.key === 'of' && ['thousands', 'millions'].includes(scale.key)) t1 = i + 3;
  else if (t.arabic && i + 1 < end && lookup(AR_PLURAL_SCALES, of)) t1 = i + 2; // عشرات الآلاف
  return { t0: i, t1, vague: true, words: true, decimal: false, leadingZero: false };
}

function digitsAt(tokens: readonly Token[], i: number, end: number): NumberExpr | null {
  const t = tokens[i];
  if (!DIGITS.test(t.key)) return null;
  let value = Number(t.key.replace(/[,\u066c]/g, '').replace('\u066b', '.'));
  const decimal = /[.\u066b]/.test(t.key);
  let t1 = i + 1;
  const scale = t1 < end && tokens[t1].start > t.end ? lookup(SCALE_AFTER_DIGITS, tokens[t1]) : undefined;
  if (scale) {
    value = Math.round(value * scale);
    t1++;
  }
  return { t0: i, t1, value, vague: false, words: false, decimal: decimal && !scale, leadingZero: /^0\d/.test(t.key) };
}

function englishAt(tokens: readonly Token[], i: number, end: number): NumberExpr | null {
  let j = i;
  let current = 0;
  let total = 0;
  let seen = 0;
  if ((tokens[j].key === 'a' || tokens[j].key === 'an') && j + 1 < end && ['dozen', 'hundred', 'thousand', 'million'].includes(tokens[j + 1].key)) {
    current = 1;
    j++;
  }
  for (; j < end; j++) {
    const t = tokens[j];
    if (t.key === 'and' && seen && j + 1 < end && /^(hundred|thousand|million)$/.test(tokens[j - 1].key)) {
      const next = EN.get(tokens[j + 1].key.split('-')[0]);
      if (next && (next[0] === 'unit' || next[0] === 'ten')) continue;
      break;
    }
    const parts = t.key.split('-');
    const words = parts.map((p) => EN.get(p));
    if (t.type !== 'word' || words.some((w) => !w)) break;
    for (const [kind, v] of words as [Kind, number][]) {
      if (kind === 'unit' || kind === 'ten') current += v;
      else if (kind === 'hundred' || kind === 'dozen') current = (current || 1) * v;
      else {
        total += (current || 1) * v;
        current = 0;
      }
    }
    seen++;
  }
  if (!seen) return null;
  return { t0: i, t1: j, value: total + current, vague: false, words: true, decimal: false, leadingZero: false };
}

/** An Arabic number word, and whether it was written with the conjunction و ("and") attached. */
function arabicWord(t: Token | undefined): { kind: Kind; v: number; conj: boolean } | null {
  if (!t || !t.arabic) return null;
  const direct = AR.get(t.key);
  if (direct) return { kind: direct[0], v: direct[1], conj: false };
  const conj = t.key.startsWith('و');
  const rest = conj ? t.key.slice(1) : t.key;
  const hit = AR.get(rest) ?? (rest.startsWith('ال') ? AR.get(rest.slice(2)) : undefined);
  return hit ? { kind: hit[0], v: hit[1], conj } : null;
}

function arabicAt(tokens: readonly Token[], i: number, end: number): NumberExpr | null {
  let total = 0;
  let current = 0;
  let lastUnit = 0;
  let j = i;
  for (; j < end; j++) {
    const w = arabicWord(tokens[j]);
    if (!w) break;
    const first = j === i;
    if (!first && lastUnit && w.kind === 'unit' && w.v === 10 && !w.conj && lookup(AR_TEN, tokens[j])) {
      current += 10; // ثلاثة عشر
      lastUnit = 0;
      continue;
    }
    if (w.kind === 'teen') {
      if (!(j + 1 < end && lookup(AR_TEN, tokens[j + 1]))) break;
      current += w.v + 10;
      j++;
      lastUnit = 0;
      continue;
    }
    if (w.kind === 'hundred' && w.v === 100 && !first && !w.conj && lastUnit >= 3) {
      current = current - lastUnit + lastUnit * 100; // ثلاث مئة
      lastUnit = 0;
      continue;
    }
    if (w.kind === 'scale') {
      if (!first && !w.conj && current) total += current * w.v; // ثلاثة آلاف
      else if (first && lookup(AR_PLURAL_SCALES, tokens[j])) break; // آلاف alone is vague
      else if (!first && !w.conj) break;
      else total += w.v;
      current = 0;
      lastUnit = 0;
      continue;
    }
    if (!first && !w.conj) break;
    current += w.v;
    lastUnit = w.kind === 'unit' ? w.v : 0;
  }
  if (j === i) return null;
  return { t0: i, t1: j, value: total + current, vague: false, words: true, decimal: false, leadingZero: false };
}

const HALF = lexicon([['half', true], ['نصف', true]]);
const HALF_SCALES = lexicon<number>([['million', 1e6], ['thousand', 1e3], ['dozen', 12], ['مليون', 1e6], ['ألف', 1e3]]);

/** "half a million", "نصف مليون". */
function halfAt(tokens: readonly Token[], i: number, end: number): NumberExpr | null {
  let j = i + 1;
  if (j < end && (tokens[j].key === 'a' || tokens[j].key === 'an')) j++;
  const scale = j < end ? lookup(HALF_SCALES, tokens[j]) : undefined;
  return scale ? { t0: i, t1: j + 1, value: scale / 2, vague: false, words: true, decimal: false, leadingZero: false } : null;
}

/** The number expression starting at token i, if any (never extending to `end` or beyond). */
export function readNumber(tokens: readonly Token[], i: number, end: number): NumberExpr | null {
  const t = tokens[i];
  if (t.type === 'num') return digitsAt(tokens, i, end);
  if (t.type !== 'word') return null;
  if (lookup(HALF, t)) return halfAt(tokens, i, end);
  const vague = vagueAt(tokens, i, end);
  if (vague) return vague;
  return t.arabic ? arabicAt(tokens, i, end) : englishAt(tokens, i, end);
}

/** Cheap test: could a number start at this token? (Used to skip sentences without numbers.) */
export function mayStartNumber(t: Token): boolean {
  if (t.type === 'num') return true;
  if (t.type !== 'word') return false;
  if (t.arabic) return arabicWord(t) !== null || lookup(VAGUE, t) !== undefined || lookup(HALF, t) !== undefined;
  return t.key === 'half' || EN.has(t.key.split('-')[0]) || VAGUE.has(t.key) || t.key === 'several' || t.key === 'few';
}
