import type { CountingMethod, FigureGroup, IdentityBasis, Outcome, Qualifier } from '../../../src/shared/schemas/figure';

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

/** Counts in words live in the shared rules, so exports say them the same way. */
export { countInWords, statedValue } from '../../../src/shared/domain/figures';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "9 Mar 2025" from "2025-03-09", read from the string (no time zone shifts). */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  return dayFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** A figure's date in words: "as of 9 Mar 2025", or "undated" when its source gives no date. */
export const asOfWords = (date: string) => (date ? `as of ${formatDay(date)}` : 'undated');
