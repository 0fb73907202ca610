import { AppError } from '../api/errors';
import type { ConsistencyCheck, Figure, FigureBrief, FigureGroup, FigureSum, Outcome, Qualifier, Reconciliation } from '../schemas/figure';
import { normalizeForSearch } from './normalize';

/**
 * Casualty figures are claims. Rules that keep them honest, enforced here and explained to the user:
 * a reporter's figures are summed only for one outcome, one as-of date and mutually exclusive groups;
 * figures of different reporters are never added together; a breakdown is checked against the
 * reporter's own total (see consistencyChecks).
 */

export const OUTCOMES: readonly Outcome[] = ['killed', 'injured', 'missing', 'detained', 'displaced'];
export const GROUPS: readonly FigureGroup[] = ['total', 'civilians', 'security_forces', 'fighters', 'other', 'children', 'women', 'medical_workers', 'journalists'];
/** Groups that never overlap: together they make up the total. */
export const EXCLUSIVE_GROUPS: readonly FigureGroup[] = ['civilians', 'security_forces', 'fighters', 'other'];
/** Sub-groups of civilians (they overlap one another: a girl is a child and a woman's count may include her). */
export const CIVILIAN_SUBGROUPS: readonly FigureGroup[] = ['children', 'women', 'medical_workers', 'journalists'];
const APPROXIMATE: readonly Qualifier[] = ['about', 'vague'];

export const groupLabel = (g: FigureGroup) => g.replace(/_/g, ' ');

/** A count as the researcher enters it: one value with its qualifier, or min/max for a range. */
export interface CountInput {
  qualifier: Qualifier;
  value?: number;
  min?: number;
  max?: number;
}

export interface Bounds {
  min: number | null;
  /** null: no upper bound (over, at least) or not stated. */
  max: number | null;
}

/** What is wrong with a count, as a field path and message for the form; null when it is well formed. */
export function countProblem(c: CountInput): { path: string[]; message: string } | null {
  if (c.qualifier === 'range' || c.qualifier === 'vague') {
    if (c.value !== undefined) return { path: ['value'], message: `a ${c.qualifier} figure takes min and max, not value` };
    if (c.qualifier === 'range' && c.min === undefined) return { path: ['min'], message: 'a range needs its lower number' };
    if (c.qualifier === 'range' && c.max === undefined) return { path: ['max'], message: 'a range needs its upper number' };
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) return { path: ['max'], message: 'must not be less than min' };
    return null;
  }
  if (c.min !== undefined || c.max !== undefined) return { path: [c.min !== undefined ? 'min' : 'max'], message: `“${c.qualifier.replace('_', ' ')}” takes one value, not min and max` };
  if (c.value === undefined) return { path: ['value'], message: `“${c.qualifier.replace('_', ' ')}” needs the number` };
  return null;
}

/**
 * The range a qualified number stands for: exact 745 => 745..745; at least 745 => 745..(no bound);
 * over 1,000 => 1,001..(no bound); about 260 => 260..260, kept as given, the qualifier says it is
 * approximate; up to 50 => (not stated)..50; range => min..max; vague => whatever bounds were given.
 */
export function boundsOf(c: CountInput): Bounds {
  const v = c.value ?? 0;
  switch (c.qualifier) {
    case 'exact':
    case 'about':
      return { min: v, max: v };
    case 'at_least':
      return { min: v, max: null };
    case 'over':
      return { min: v + 1, max: null };
    case 'up_to':
      return { min: null, max: v };
    default:
      return { min: c.min ?? null, max: c.max ?? null };
  }
}

const NUMBER = '(\\d+(?:[,\\u066c]\\d{3})*)';
const num = (s: string) => Number(s.replace(/[,\u066c]/g, ''));
const WORDING: [RegExp, (m: RegExpMatchArray) => CountInput][] = [
  [new RegExp(`(?:between|من)\\s+${NUMBER}\\s+(?:and|و|الى)\\s*${NUMBER}`), (m) => ({ qualifier: 'range', min: num(m[1]), max: num(m[2]) })],
  [new RegExp(`${NUMBER}\\s*(?:-|\\u2013|to)\\s*${NUMBER}`), (m) => ({ qualifier: 'range', min: num(m[1]), max: num(m[2]) })],
  [new RegExp(`(?:more than|over|in excess of|upwards of|اكثر من|ما يزيد (?:عن|على))\\s+${NUMBER}`), (m) => ({ qualifier: 'over', value: num(m[1]) })],
  [new RegExp(`(?:at least|no fewer than|no less than|a minimum of|(?:ما )?لا يقل عن)\\s+${NUMBER}`), (m) => ({ qualifier: 'at_least', value: num(m[1]) })],
  [new RegExp(`${NUMBER}\\s+(?:\\S+\\s+){0,3}(?:at least|على الاقل)`), (m) => ({ qualifier: 'at_least', value: num(m[1]) })],
  [new RegExp(`(?:about|around|approximately|roughly|nearly|almost|some|an estimated|نحو|حوالي|قرابه|زهاء)\\s+${NUMBER}`), (m) => ({ qualifier: 'about', value: num(m[1]) })],
  [new RegExp(`(?:up to|as many as|at most|no more than|ما يصل الى|حتى)\\s+${NUMBER}`), (m) => ({ qualifier: 'up_to', value: num(m[1]) })],
  [/\b(?:dozens|scores)\b|عشرات/, () => ({ qualifier: 'vague', min: 24 })],
  [/\bhundreds\b|مئات/, () => ({ qualifier: 'vague', min: 200 })],
  [/\bthousands\b|الاف/, () => ({ qualifier: 'vague', min: 2000 })],
  [new RegExp(NUMBER), (m) => ({ qualifier: 'exact', value: num(m[1]) })],
];

/** Reads a source's wording ("over 1,000", "at least 745", "ما لا يقل عن ٤٥") into a count; null if it has no number. */
export function parseWording(wording: string): CountInput | null {
  const text = normalizeForSearch(wording).replace(/\s+/g, ' ');
  for (const [pattern, make] of WORDING) {
    const m = text.match(pattern);
    if (m) {
      const count = make(m);
      if ([count.value, count.min, count.max].every((n) => n === undefined || (Number.isSafeInteger(n) && n <= 100_000_000)) && !countProblem(count)) return count;
    }
  }
  return null;
}

export const formatNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The range for display: "745", "1,001+", "about 260", "up to 50", "100–200", "unknown". */
export function formatRange(f: { qualifier: Qualifier; min: number | null; max: number | null }): string {
  const { min, max } = f;
  if (f.qualifier === 'about' && min !== null) return `about ${formatNumber(min)}`;
  if (min !== null && max !== null) return min === max ? formatNumber(min) : `${formatNumber(min)}\u2013${formatNumber(max)}`;
  if (min !== null) return `${formatNumber(min)}+`;
  if (max !== null) return `up to ${formatNumber(max)}`;
  return 'unknown';
}

/** The number the source gave back from the stored bounds (over 1,000 is stored as 1,001 and up). */
export function statedValue(f: { qualifier: Qualifier; min: number | null; max: number | null }): number | null {
  if (f.qualifier === 'over') return f.min === null ? null : f.min - 1;
  if (f.qualifier === 'up_to') return f.max;
  return f.min;
}

/**
 * A count with its qualifier in words, as the source put it (never a bare range): "745", "over 1,000",
 * "at least 45", "about 260", "up to 50", "40–60"; a vague figure shows the source's wording ("dozens").
 */
export function countInWords(f: { qualifier: Qualifier; min: number | null; max: number | null; wording?: string }): string {
  const value = statedValue(f);
  const n = (v: number | null) => (v === null ? '?' : formatNumber(v));
  switch (f.qualifier) {
    case 'exact':
      return n(value);
    case 'at_least':
      return `at least ${n(value)}`;
    case 'over':
      return `over ${n(value)}`;
    case 'about':
      return `about ${n(value)}`;
    case 'up_to':
      return `up to ${n(value)}`;
    case 'range':
      return `${n(f.min)}\u2013${n(f.max)}`;
    case 'vague': {
      const words = f.wording?.trim();
      if (words && [...words].length <= 24) return words;
      if (f.min !== null && f.max !== null) return `${n(f.min)}\u2013${n(f.max)} (vague)`;
      return f.min !== null ? `${n(f.min)} or more (vague)` : 'unstated (vague)';
    }
  }
}

export type FigureClaim = Pick<
  Figure,
  'id' | 'reporterId' | 'reporterName' | 'outcome' | 'group' | 'qualifier' | 'min' | 'max' | 'wording' | 'reportedDate' | 'asOfDate' | 'identity' | 'articleId' | 'updatesId' | 'createdAt'
>;

/**
 * The date a figure counts up to: its as-of date, or the date it was reported when it gives none;
 * '' when the source gives no date at all (an undated figure).
 */
export const asOf = (f: Pick<FigureClaim, 'asOfDate' | 'reportedDate'>) => f.asOfDate ?? f.reportedDate;

/** A figure whose source gives no date: it is never ordered as a reporter's latest. */
export const isUndated = (f: Pick<FigureClaim, 'asOfDate' | 'reportedDate'>) => asOf(f) === '';

/** How a figure's date reads in explanations: the date, or "undated". */
export const dateLabel = (date: string) => date || 'undated';

/** "reported 2025-03-09" in prose (reports, exports), or "undated" when the source gave no date. */
export const reportedPhrase = (date: string, format: (d: string) => string | null = (d) => d) => (date ? `reported ${format(date) ?? date}` : 'undated');

/** Older first: undated figures before every dated one, then by as-of date, reported date, when recorded. */
export function byRecency(a: FigureClaim, b: FigureClaim): number {
  return (
    Number(!isUndated(a)) - Number(!isUndated(b)) ||
    asOf(a).localeCompare(asOf(b)) ||
    a.reportedDate.localeCompare(b.reportedDate) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

export function brief(f: FigureClaim): FigureBrief {
  return {
    id: f.id,
    qualifier: f.qualifier,
    min: f.min,
    max: f.max,
    range: formatRange(f),
    wording: f.wording,
    asOf: asOf(f),
    undated: isUndated(f),
    reportedDate: f.reportedDate,
    identity: f.identity,
    articleId: f.articleId,
    updatesId: f.updatesId,
  };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return out;
}

const described = (f: FigureClaim) => `${groupLabel(f.group)} ${formatRange(f)}`;
const quoted = (f: FigureClaim) => (f.wording && f.wording !== formatRange(f) ? `“${f.wording}” (${formatRange(f)})` : formatRange(f));

/**
 * Consistency of ONE reporter's figures, for each outcome and as-of date (never across reporters or
 * dates). In each such set, for the total T and the breakdown B into the mutually exclusive groups
 * (civilians, security forces, fighters, other; one figure per group, preferring one without an
 * identity, then the latest recorded):
 * - breakdown_exceeds_total: flagged when the least the breakdown can add up to (the sum of the
 *   groups' minimums) is more than the most the total allows (T.max). The total's qualifier decides:
 *   SOHR's 745 + 125 + 148 = 1,018 fits "over 1,000" (1,001 or more, no upper bound) and is
 *   consistent; the same breakdown against an exact total of 1,000 (at most 1,000) is flagged.
 * - total_exceeds_complete_breakdown: when all four groups are given with upper bounds, the total
 *   is less than its breakdown's complement: flagged when the most the four can add up to is below
 *   the least the total can be (T.min). An incomplete breakdown is never flagged this way (the
 *   missing groups may hold the difference).
 * - subgroup_exceeds_civilians: children, women, medical workers and journalists are civilians;
 *   flagged when one sub-group's minimum is above the civilians' maximum
 *   (subgroup_exceeds_total: against the total, when the reporter gave no civilian figure).
 * Severity is "check" rather than "inconsistent" when an approximate figure (about, vague) is involved.
 * Undated figures are compared only with the undated figures of the same article (which share its
 * unknown date), never with dated ones; an undated figure typed in without an article is not compared.
 */
export function consistencyChecks(figures: readonly FigureClaim[]): ConsistencyCheck[] {
  const checks: ConsistencyCheck[] = [];
  const comparable = figures.filter((f) => !isUndated(f) || f.articleId !== null);
  const buckets = groupBy(comparable, (f) => `${f.reporterId}\u0000${f.outcome}\u0000${asOf(f)}\u0000${isUndated(f) ? f.articleId : ''}`);
  for (const bucket of buckets.values()) {
    const { reporterId, reporterName, outcome } = bucket[0];
    const date = asOf(bucket[0]);
    const pick = (g: FigureGroup) =>
      bucket.filter((f) => f.group === g).sort((a, b) => Number(a.identity === null) - Number(b.identity === null) || a.createdAt.localeCompare(b.createdAt)).at(-1);
    const add = (kind: ConsistencyCheck['kind'], ok: boolean, involved: FigureClaim[], explanation: string) =>
      checks.push({
        kind,
        ok,
        severity: involved.some((f) => APPROXIMATE.includes(f.qualifier)) ? 'check' : 'inconsistent',
        reporterId,
        reporterName,
        outcome,
        asOf: date,
        figureIds: involved.map((f) => f.id),
        explanation: `${reporterName}, ${outcome} ${date ? `as of ${date}` : 'undated (same article)'}: ${explanation}`,
      });
    const total = pick('total');
    const parts = EXCLUSIVE_GROUPS.map(pick).filter((f): f is FigureClaim => f !== undefined);
    if (total && parts.length) {
      const low = parts.reduce((n, f) => n + (f.min ?? 0), 0);
      const exact = parts.every((f) => f.qualifier === 'exact');
      const sum = `${parts.map(described).join(' + ')} = ${exact ? '' : 'at least '}${formatNumber(low)}`;
      const ok = total.max === null || low <= total.max;
      add(
        'breakdown_exceeds_total',
        ok,
        [total, ...parts],
        ok
          ? `${sum}, consistent with its total ${quoted(total)}.`
          : `${sum}, more than its total ${quoted(total)}, which allows at most ${formatNumber(total.max!)}. One of these figures is wrong, or they count different things.`,
      );
      const complete = parts.length === EXCLUSIVE_GROUPS.length && parts.every((f) => f.max !== null);
      if (complete && total.min !== null) {
        const high = parts.reduce((n, f) => n + f.max!, 0);
        const fits = high >= total.min;
        add(
          'total_exceeds_complete_breakdown',
          fits,
          [total, ...parts],
          fits
            ? `all four groups add up to at most ${formatNumber(high)}, which can reach its total ${quoted(total)}.`
            : `all four groups (${parts.map(described).join(', ')}) add up to at most ${formatNumber(high)}, less than its total ${quoted(total)}, which is at least ${formatNumber(total.min)}.`,
        );
      }
    }
    const whole = pick('civilians') ?? total;
    if (whole) {
      const kind = whole.group === 'civilians' ? 'subgroup_exceeds_civilians' : 'subgroup_exceeds_total';
      for (const sub of CIVILIAN_SUBGROUPS.map(pick).filter((f): f is FigureClaim => f !== undefined)) {
        const ok = whole.max === null || (sub.min ?? 0) <= whole.max;
        add(
          kind,
          ok,
          [whole, sub],
          ok
            ? `${described(sub)} fits within ${groupLabel(whole.group)} ${quoted(whole)}.`
            : `${described(sub)} is more than ${groupLabel(whole.group)} ${quoted(whole)}, although ${groupLabel(sub.group)} are counted among ${groupLabel(whole.group)}.`,
        );
      }
    }
  }
  return checks;
}

/**
 * The reconciliation table: rows are outcome x group, columns are reporters (by name); each cell
 * holds the reporter's latest figure (by as-of date, then reported date) and a timeline of its
 * older ones, oldest first. Undated figures come first in the timeline and are the latest only when
 * the reporter gave no dated figure at all (marked undated). Nothing is added across reporters.
 */
export function reconcile(figures: readonly FigureClaim[]): Reconciliation {
  const reporters = [...new Map(figures.map((f) => [f.reporterId, { id: f.reporterId, name: f.reporterName }])).values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  const rows: Reconciliation['rows'] = [];
  for (const outcome of OUTCOMES) {
    for (const group of GROUPS) {
      const cells = reporters.flatMap((r) => {
        const own = figures.filter((f) => f.outcome === outcome && f.group === group && f.reporterId === r.id).sort(byRecency);
        return own.length ? [{ reporterId: r.id, latest: brief(own[own.length - 1]), timeline: own.slice(0, -1).map(brief) }] : [];
      });
      if (cells.length) rows.push({ outcome, group, cells });
    }
  }
  const checks = consistencyChecks(figures);
  return { reporters, rows, checks, flags: checks.filter((c) => !c.ok) };
}

/**
 * Adds figures up, only where that is sound: one reporter, one outcome, one as-of date, and
 * mutually exclusive groups (civilians, security forces, fighters, other; each once). Anything
 * else is refused with a conflict that says why: cross-reporter sums are impossible.
 */
export function sumFigures(figures: readonly FigureClaim[]): FigureSum {
  if (figures.length < 2) throw new AppError('invalid_input', 'Give at least two figures to add up.');
  const distinct = <T>(values: T[]) => [...new Set(values)];
  const reporters = distinct(figures.map((f) => f.reporterName || f.reporterId));
  if (distinct(figures.map((f) => f.reporterId)).length > 1) {
    throw new AppError('conflict', `Figures from different reporters are never added together (${reporters.join(', ')}): each counts with its own sources and method. Compare them side by side in the reconciliation instead.`);
  }
  const outcomes = distinct(figures.map((f) => f.outcome));
  if (outcomes.length > 1) throw new AppError('conflict', `Figures for different outcomes (${outcomes.join(', ')}) are not added together.`);
  const dates = distinct(figures.map(asOf)).sort();
  if (dates.length > 1) {
    throw new AppError('conflict', `Only figures as of the same date are added together (these are as of ${dates.map(dateLabel).join(', ')}): a later count usually includes the earlier one.`);
  }
  const seen = new Set<FigureGroup>();
  for (const f of figures) {
    if (f.group === 'total') throw new AppError('conflict', 'A total already includes every group; it cannot be added to its parts.');
    if (CIVILIAN_SUBGROUPS.includes(f.group)) throw new AppError('conflict', `${groupLabel(f.group)} are counted among civilians; the groups overlap and cannot be added up.`);
    if (seen.has(f.group)) throw new AppError('conflict', `Two figures count ${groupLabel(f.group)}; they overlap and cannot be added up.`);
    seen.add(f.group);
  }
  const min = figures.reduce((n, f) => n + (f.min ?? 0), 0);
  const max = figures.every((f) => f.max !== null) ? figures.reduce((n, f) => n + f.max!, 0) : null;
  const range = formatRange({ qualifier: figures.every((f) => f.qualifier === 'exact') ? 'exact' : 'range', min, max });
  return {
    reporterId: figures[0].reporterId,
    outcome: figures[0].outcome,
    asOf: dates[0],
    groups: figures.map((f) => f.group),
    min,
    max,
    range,
    figureIds: figures.map((f) => f.id),
    explanation: `${reporters[0]}, ${figures[0].outcome} ${dates[0] ? `as of ${dates[0]}` : 'undated'}: ${figures.map(described).join(' + ')} = ${range}.`,
  };
}
