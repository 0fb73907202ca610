import type { CountingMethod, FigureGroup, IdentityBasis, Outcome, Qualifier } from '../../../src/shared/schemas/figure';
import { formatCount } from '../../lib/format';

/** Words for the figure vocabulary, as forms, tables and charts show it. */
export const OUTCOME_LABEL: Record<Outcome, string> = {
  killed: 'Killed',
  injured: 'Injured',
  missing: 'Missing',
  detained: 'Detained',
  displaced: 'Displaced',
};

export const GROUP_LABEL: Record<FigureGroup, string> = {
  total: 'Total',
  civilians: 'Civilians',
  security_forces: 'Security forces',
  fighters: 'Fighters',
  other: 'Other',
  children: 'Children',
  women: 'Women',
  medical_workers: 'Medical workers',
  journalists: 'Journalists',
};

/** Option text for the group select: what each group includes, so overlapping ones are not confused. */
export const GROUP_OPTION: Record<FigureGroup, string> = {
  total: 'Total (everyone counted)',
  civilians: 'Civilians',
  security_forces: 'Security forces',
  fighters: 'Fighters (armed groups)',
  other: 'Other',
  children: 'Children (among civilians)',
  women: 'Women (among civilians)',
  medical_workers: 'Medical workers (among civilians)',
  journalists: 'Journalists (among civilians)',
};

export const QUALIFIER_OPTION: Record<Qualifier, string> = {
  exact: 'Exact (“745”)',
  at_least: 'At least (“at least 45”)',
  over: 'Over (“over 1,000”)',
  about: 'About (“about 260”)',
  up_to: 'Up to (“up to 50”)',
  range: 'Range (“40–60”)',
  vague: 'Vague (“dozens”)',
};

export const IDENTITY_BASIS_OPTION: Record<IdentityBasis, string> = {
  self_identified: 'Self-identified by the people counted',
  reported_by_source: 'Reported by the source',
  inferred_by_analyst: 'Inferred by the analyst',
};

export const COUNTING_METHOD_OPTION: Record<CountingMethod, string> = {
  named_individuals: 'Named individuals (a list of victims)',
  estimate: 'Estimate',
  unknown: 'Not stated',
};

/** Qualifiers that take one number; range and vague take a lower and an upper bound. */
export const ONE_NUMBER: readonly Qualifier[] = ['exact', 'at_least', 'over', 'about', 'up_to'];

/** The number the source gave back from the stored bounds (over 1,000 is stored as 1,001 and up). */
export function statedValue(f: { qualifier: Qualifier; min: number | null; max: number | null }): number | null {
  if (f.qualifier === 'over') return f.min === null ? null : f.min - 1;
  if (f.qualifier === 'up_to') return f.max;
  return f.min;
}

/**
 * A count with its qualifier in words, as the source put it: "745", "over 1,000", "at least 45",
 * "about 260", "up to 50", "40–60"; a vague figure shows the source's wording ("dozens").
 */
export function countInWords(f: { qualifier: Qualifier; min: number | null; max: number | null; wording?: string }): string {
  const value = statedValue(f);
  const n = (v: number | null) => (v === null ? '?' : formatCount(v));
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
      return `${n(f.min)}–${n(f.max)}`;
    case 'vague': {
      const words = f.wording?.trim();
      if (words && [...words].length <= 24) return words;
      if (f.min !== null && f.max !== null) return `${n(f.min)}–${n(f.max)} (vague)`;
      return f.min !== null ? `${n(f.min)} or more (vague)` : 'unstated (vague)';
    }
  }
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "9 Mar 2025" from "2025-03-09", read from the string (no time zone shifts). */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  return dayFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
