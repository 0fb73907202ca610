import { z } from 'zod';
import { Timestamp, Uuid } from './common';
import { AnchorStatus, TextSelector } from './highlight';

/** A calendar day, as precise as casualty recording needs it. */
export const IsoDate = z.iso.date({ message: 'must be a date like 2025-03-08' });

/** What happened to the people counted (Every Casualty Worldwide / ACLED vocabulary). */
export const Outcome = z.enum(['killed', 'injured', 'missing', 'detained', 'displaced']);
export type Outcome = z.infer<typeof Outcome>;

/**
 * The group a figure counts. civilians, security_forces, fighters and other are mutually exclusive;
 * total includes them all; children, women, medical_workers and journalists are sub-groups of civilians.
 */
export const FigureGroup = z.enum(['total', 'civilians', 'security_forces', 'fighters', 'other', 'children', 'women', 'medical_workers', 'journalists']);
export type FigureGroup = z.infer<typeof FigureGroup>;

/** How an identity attached to a figure is known. */
export const IdentityBasis = z.enum(['self_identified', 'reported_by_source', 'inferred_by_analyst']);
export type IdentityBasis = z.infer<typeof IdentityBasis>;

/** How the source qualified its number: "745" exact, "at least 745", "over 1,000", "about 260", "up to 50", "100-200", "dozens". */
export const Qualifier = z.enum(['exact', 'at_least', 'over', 'about', 'up_to', 'range', 'vague']);
export type Qualifier = z.infer<typeof Qualifier>;

export const CountingMethod = z.enum(['named_individuals', 'estimate', 'unknown']);
export type CountingMethod = z.infer<typeof CountingMethod>;

export const Count = z.number().int().nonnegative().max(100_000_000, { message: 'must be at most 100,000,000' });

/**
 * A casualty figure is a claim: who said how many of whom, as of when, in which words, where it is
 * written. min/max are derived from the qualifier (over 1,000 => min 1,001, max null = no upper bound).
 */
export const Figure = z.object({
  id: Uuid,
  caseId: Uuid.nullable(),
  incidentId: Uuid.nullable(),
  articleId: Uuid.nullable(),
  /** The exact span of the article it comes from (same anchoring as highlights); null when typed. */
  selector: TextSelector.nullable(),
  anchorStatus: AnchorStatus.nullable(),
  reporterId: Uuid,
  reporterName: z.string(),
  /** The source's date (the article's published date or a date in its sentence); '' when it gives none (undated). */
  reportedDate: z.string(),
  /** The date the count is as of, when the source gives one; otherwise the reported date applies. */
  asOfDate: z.string().nullable(),
  outcome: Outcome,
  group: FigureGroup,
  identity: z.string().nullable(),
  identityBasis: IdentityBasis.nullable(),
  qualifier: Qualifier,
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  wording: z.string(),
  scopePlace: z.string(),
  scopePeriodStart: z.string().nullable(),
  scopePeriodEnd: z.string().nullable(),
  countingMethod: CountingMethod,
  /** The earlier figure of the same reporter that this one updates. */
  updatesId: Uuid.nullable(),
  memo: z.string(),
  codeIds: z.array(Uuid),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Figure = z.infer<typeof Figure>;

/** One figure as a reconciliation cell shows it. */
export const FigureBrief = z.object({
  id: Uuid,
  qualifier: Qualifier,
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  /** The range for display: "1,001+", "745", "about 260", "100–200", "up to 50". */
  range: z.string(),
  wording: z.string(),
  /** '' when undated. */
  asOf: z.string(),
  /** The source gives no date: shown as "undated", never ordered as the latest. */
  undated: z.boolean(),
  reportedDate: z.string(),
  identity: z.string().nullable(),
  articleId: Uuid.nullable(),
  updatesId: Uuid.nullable(),
});
export type FigureBrief = z.infer<typeof FigureBrief>;

export const ConsistencyKind = z.enum(['breakdown_exceeds_total', 'total_exceeds_complete_breakdown', 'subgroup_exceeds_civilians', 'subgroup_exceeds_total']);
export type ConsistencyKind = z.infer<typeof ConsistencyKind>;

/** One comparison of a reporter's own figures for one outcome and as-of date. */
export const ConsistencyCheck = z.object({
  kind: ConsistencyKind,
  ok: z.boolean(),
  /** inconsistent: the numbers cannot both be right; check: an approximate figure (about, vague) is involved. */
  severity: z.enum(['inconsistent', 'check']),
  reporterId: Uuid,
  reporterName: z.string(),
  outcome: Outcome,
  asOf: z.string(),
  figureIds: z.array(Uuid),
  explanation: z.string(),
});
export type ConsistencyCheck = z.infer<typeof ConsistencyCheck>;

export const Reconciliation = z.object({
  reporters: z.array(z.object({ id: Uuid, name: z.string() })),
  rows: z.array(
    z.object({
      outcome: Outcome,
      group: FigureGroup,
      cells: z.array(z.object({ reporterId: Uuid, latest: FigureBrief, timeline: z.array(FigureBrief) })),
    }),
  ),
  /** Every comparison made, consistent or not, each explained. */
  checks: z.array(ConsistencyCheck),
  /** The checks that failed. */
  flags: z.array(ConsistencyCheck),
});
export type Reconciliation = z.infer<typeof Reconciliation>;

export const FigureSum = z.object({
  reporterId: Uuid,
  outcome: Outcome,
  asOf: z.string(),
  groups: z.array(FigureGroup),
  min: z.number().int(),
  /** null: at least one figure has no upper bound. */
  max: z.number().int().nullable(),
  range: z.string(),
  figureIds: z.array(Uuid),
  explanation: z.string(),
});
export type FigureSum = z.infer<typeof FigureSum>;
