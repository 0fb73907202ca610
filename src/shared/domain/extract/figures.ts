import { notAFigure } from './exclusions';
import { dualAt, groupAfter, groupAt, type GroupMatch } from './groups';
import { mayStartNumber, readNumber, type NumberExpr } from './numbers';
import { qualifierAfter, qualifierBefore, rangeFrom } from './qualifiers';
import { reporterFor } from './reporters';
import type { FigureQualifier, FigureStatus } from './schema';
import type { Sentence } from './sentences';
import { endsClause, statusAfter, statusBefore, statusOf } from './status';
import { lexicon, lookup, type Token } from './tokens';

/**
 * Casualty figures: a number (or range, or vague quantity) that counts people — it names them
 * ("52 civilians", "٨ أطفال"), stands with a status word ("150 dead", "killing at least 45") or
 * completes a toll ("the toll rose to 75", "عدد القتلى بلغ") — and a status the sentence
 * states: after the figure in its clause ("... were killed"), in the figure itself, or before it
 * in the sentence ("the killing of ...", "قُتل ...").
 */
export interface RawFigure {
  /** UTF-16 span. */
  start: number;
  end: number;
  value?: number;
  min?: number;
  max?: number;
  qualifier: FigureQualifier;
  status: FigureStatus;
  group: GroupMatch['group'];
  reported_by?: string;
  /** Why it was suggested: the rule that read the number as people, and where the status came from. */
  why: string;
}

const TOLL_NOUNS = lexicon(['toll', 'tally', 'figure', 'number', 'count', 'حصيلة', 'عدد'].map((w) => [w, true] as [string, true]));
const TOLL_LINKS = lexicon(
  ['at', 'to', 'of', 'reached', 'hit', 'passed', 'exceeded', 'stood', 'was', 'is', 'بلغ', 'بلغت', 'إلى', 'وصل', 'وصلت', 'ارتفع', 'ارتفعت', 'تجاوز', 'تجاوزت'].map((w) => [w, true] as [string, true]),
);

/**
 * "the toll rose to 75", "عدد القتلى بلغ 30", "the death toll from two days of clashes in the town
 * rose to 31": a toll noun before the number in the same clause.
 */
function afterToll(tokens: readonly Token[], t0: number, start: number): boolean {
  if (t0 <= start || !lookup(TOLL_LINKS, tokens[t0 - 1])) return false;
  for (let k = t0 - 2; k >= start && k >= t0 - 16 && !endsClause(tokens[k]); k--) if (lookup(TOLL_NOUNS, tokens[k])) return true;
  return false;
}

const LABEL_MARKS = new Set([':', '|', '—', '–', '-']);

/**
 * A count in a list or table row, the label before it: "Killed: 41", "| Children killed | 9 |",
 * "enforced disappearances — 15", "القتلى: ٣٣". The label's status word gives the status, a
 * group word in it the group; the number must end the row (or its cell).
 */
function labelBefore(tokens: readonly Token[], t0: number, numEnd: number, start: number, end: number): { t0: number; group: GroupMatch } | null {
  if (t0 - 1 <= start || tokens[t0 - 1].type !== 'punct' || !LABEL_MARKS.has(tokens[t0 - 1].raw)) return null;
  if (numEnd < end && tokens[numEnd].raw !== '|' && !(numEnd + 1 === end && tokens[numEnd].type === 'punct')) return null;
  let status: FigureStatus | undefined;
  let group: GroupMatch['group'] = 'total';
  let k = t0 - 2;
  for (; k >= start && k >= t0 - 7 && tokens[k].raw !== '|' && tokens[k].type !== 'num'; k--) {
    status ??= statusOf(tokens[k]);
    const g = groupAt(tokens, k, t0 - 1);
    if (g && g.entry.group !== 'unspecified') group = g.entry.group;
  }
  return status ? { t0: k + 1, group: { group, t1: numEnd, status, skipped: 0 } } : null;
}

/** "killing at least 45", "مقتل 12": a status verb or noun right before the number. */
function afterStatusWord(tokens: readonly Token[], t0: number, start: number): FigureStatus | undefined {
  return t0 > start ? statusOf(tokens[t0 - 1]) : undefined;
}

function sentenceMayHaveNumbers(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.t0; i < s.t1; i++) if (mayStartNumber(tokens[i]) || dualAt(tokens, i)) return true;
  return false;
}

/** "Of these, 41 were civilians", "Its tally also includes ...", "بينهم": a breakdown of the figure before. */
const BREAKDOWN = lexicon(['including', 'includes', 'include', 'included', 'tally', 'breakdown', 'منهم', 'بينهم', 'ومنهم', 'وبينهم'].map((w) => [w, true] as [string, true]));
const PART_OF = new Set(['these', 'them', 'whom', 'those']);

function isBreakdown(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.t0; i < s.t1; i++) {
    if (lookup(BREAKDOWN, tokens[i])) return true;
    if ((tokens[i].key === 'of' || tokens[i].key === 'among') && PART_OF.has(tokens[i + 1]?.key ?? '')) return true;
  }
  return false;
}

export function findFigures(text: string, tokens: readonly Token[], sentences: readonly Sentence[], vague: boolean): RawFigure[] {
  const out: RawFigure[] = [];
  let carried: { para: number; status: FigureStatus } | null = null;
  for (const s of sentences) {
    if (!sentenceMayHaveNumbers(tokens, s)) continue;
    const inherited = carried && carried.para === s.para && isBreakdown(tokens, s) ? carried.status : undefined;
    carried = null;
    let antecedent: 'figure' | 'other' | null = null;
    for (let i = s.t0; i < s.t1; i++) {
      const number = readNumber(tokens, i, s.t1);
      const dual = number ? null : dualAt(tokens, i);
      const n = number ?? dual?.n;
      if (!n) continue;
      const found = figureAt(text, tokens, s, n, vague, antecedent, inherited, dual?.group);
      antecedent = found.figure ? 'figure' : 'other';
      if (found.figure) {
        out.push(found.figure);
        carried = { para: s.para, status: found.figure.status };
      }
      i = Math.max(i, found.t1 - 1);
    }
  }
  return out;
}

function figureAt(
  text: string,
  tokens: readonly Token[],
  s: Sentence,
  n: NumberExpr,
  vague: boolean,
  antecedent: 'figure' | 'other' | null,
  inherited: FigureStatus | undefined,
  dual?: GroupMatch,
): { figure?: RawFigure; t1: number } {
  const range = n.vague || dual ? null : rangeFrom(tokens, n, s.t0, s.t1);
  let t0 = range ? range.t0 : n.t0;
  const numEnd = range ? range.t1 : n.t1;
  const numbers = range ? [range.low, range.high] : [n];
  const none = { t1: Math.max(numEnd, n.t0 + 1) };
  if (!dual && notAFigure(tokens, t0, numEnd, numbers, s.t0, s.t1)) return none;
  if (n.vague && !vague) return none;
  let qualifier: FigureQualifier = range ? 'range' : n.vague ? 'vague' : 'exact';
  if (qualifier === 'exact') {
    const q = qualifierBefore(tokens, t0, s.t0);
    if (q) {
      qualifier = q.qualifier;
      t0 = q.t0;
    }
  }
  let group = dual ?? groupAfter(tokens, numEnd, s.t1);
  if (group?.ofThem && antecedent !== 'figure') return none;
  const statusWord = afterStatusWord(tokens, t0, s.t0);
  const quoted = (a: number, b: number) => `"${text.slice(tokens[a].start, tokens[b - 1].end)}"`;
  let why = group ? (dual ? `dual noun ${quoted(n.t0, n.t0 + 1)}` : `number + ${quoted(numEnd, Math.max(group.t1, numEnd + 1))}`) : '';
  if (!group && afterToll(tokens, t0, s.t0)) why = `toll + ${quoted(t0 - 1, t0)} before the number`;
  else if (!group && statusWord) why = `${quoted(t0 - 1, t0)} right before the number`;
  if (!group && why) group = { group: 'total', t1: numEnd, skipped: 0 };
  const label = group || qualifier !== 'exact' ? null : labelBefore(tokens, t0, numEnd, s.t0, s.t1);
  if (label) {
    why = `list or table row: label ${quoted(label.t0, t0 - 1)} then the number`;
    group = label.group;
    t0 = label.t0;
  }
  if (!group) return none;
  // "one family", "one of them": the number one counts people only right before a person noun
  if (n.value === 1 && n.words && (group.skipped > 0 || group.group === 'family' || group.ofThem)) return none;
  const after = group.status ?? statusWord ? undefined : statusAfter(tokens, group.t1, s.t1);
  const before = group.status ?? statusWord ?? after ? undefined : statusBefore(tokens, t0, s.t0);
  const status = group.status ?? statusWord ?? after ?? before ?? inherited;
  if (!status) return none;
  const source = group.status ? 'in the figure' : statusWord ? 'right before the figure' : after ? 'later in the clause' : before ? 'earlier in the sentence' : 'the figure before (a breakdown)';
  why += `; ${status} from a word ${source}`;
  let t1 = group.t1;
  if (qualifier === 'exact') {
    const q = qualifierAfter(tokens, t1, s.t1);
    if (q) qualifier = q.qualifier;
  }
  const figure: RawFigure = {
    start: tokens[t0].start,
    end: tokens[t1 - 1].end,
    qualifier,
    status,
    group: group.group,
    why,
  };
  if (range) {
    figure.min = range.low.value;
    figure.max = range.high.value;
  } else if (!n.vague) figure.value = n.value;
  const reporter = reporterFor(text, tokens, s, t0, t1);
  if (reporter) figure.reported_by = reporter;
  t1 = Math.max(t1, numEnd);
  return { figure, t1 };
}
