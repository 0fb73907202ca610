import { z } from 'zod';
import { countProblem } from '../../domain/figures';
import { LanguageTag, MemoText, Position, ShortText, Uuid } from '../../schemas/common';
import { Credibility, Grading, Quote, QuoteMode, Reliability, SourceConnection } from '../../schemas/evidence';
import { Count, CountingMethod, Figure, FigureGroup, FigureSum, IdentityBasis, IsoDate, Outcome, Qualifier, Reconciliation } from '../../schemas/figure';

const NonEmpty = (max: number) => ShortText(max).refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/** A number as the source qualified it: { qualifier: 'over', value: 1000 } or { qualifier: 'range', min, max }. */
const FigureCount = z
  .object({ qualifier: Qualifier, value: Count.optional(), min: Count.optional(), max: Count.optional() })
  .strict()
  .superRefine((c, ctx) => {
    const problem = countProblem(c);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

const FigureFields = {
  caseId: Uuid.nullable(),
  incidentId: Uuid.nullable(),
  reporterId: Uuid,
  /** '' when the source gives no date: the figure is undated. */
  reportedDate: IsoDate.or(z.literal('')),
  asOfDate: IsoDate.nullable(),
  outcome: Outcome,
  group: FigureGroup,
  identity: NonEmpty(200).nullable(),
  identityBasis: IdentityBasis.nullable(),
  count: FigureCount,
  wording: ShortText(1000),
  scopePlace: ShortText(500),
  scopePeriodStart: IsoDate.nullable(),
  scopePeriodEnd: IsoDate.nullable(),
  countingMethod: CountingMethod,
  updatesId: Uuid.nullable(),
  memo: MemoText,
};

type Issue = { path: string[]; message: string };
type Ctx = { addIssue(issue: { code: 'custom'; path: string[]; message: string }): void };
const report = (ctx: Ctx, issues: (Issue | false | undefined)[]) => issues.forEach((i) => i && ctx.addIssue({ code: 'custom', ...i }));

/** An article span: start and end together, with the article, end after start. */
function spanIssues(v: { articleId?: string; start?: number; end?: number }): (Issue | false)[] {
  return [
    (v.start === undefined) !== (v.end === undefined) && { path: [v.start === undefined ? 'start' : 'end'], message: 'start and end go together' },
    v.start !== undefined && !v.articleId && { path: ['articleId'], message: 'a selection needs its article' },
    v.start !== undefined && v.end !== undefined && v.end <= v.start && { path: ['end'], message: 'end must be after start' },
  ];
}

/** Cross-field rules of a figure; `whole` when every field is there (creation: absent means null). */
function figureIssues(
  v: { identity?: string | null; identityBasis?: string | null; scopePeriodStart?: string | null; scopePeriodEnd?: string | null; asOfDate?: string | null; reportedDate?: string },
  whole: boolean,
): (Issue | false)[] {
  const identity = v.identity === undefined && whole ? null : v.identity;
  const basis = v.identityBasis === undefined && whole ? null : v.identityBasis;
  return [
    identity !== undefined && basis !== undefined && (identity === null) !== (basis === null) && (identity === null ? { path: ['identity'], message: 'a basis needs an identity' } : { path: ['identityBasis'], message: 'say how the identity is known' }),
    !!v.scopePeriodStart && !!v.scopePeriodEnd && v.scopePeriodEnd < v.scopePeriodStart && { path: ['scopePeriodEnd'], message: 'must not be before scopePeriodStart' },
    !!v.asOfDate && !!v.reportedDate && v.asOfDate > v.reportedDate && { path: ['asOfDate'], message: 'a count cannot be as of a date after it was reported' },
  ];
}

/** The text the caller saw at [start, end): when the article's text has changed since, the call is refused. */
const Seen = z.string().max(10_000_000);

const NewFigure = z
  .object({
    articleId: Uuid.optional(),
    start: Position.optional(),
    end: Position.optional(),
    exact: Seen.optional(),
    ...FigureFields,
  })
  .partial()
  .required({ reporterId: true, reportedDate: true, outcome: true, group: true })
  .strict()
  .superRefine((v, ctx) =>
    report(ctx, [
      ...spanIssues(v),
      ...figureIssues(v, true),
      !v.count && !v.wording?.trim() && v.start === undefined && { path: ['count'], message: 'say how many: a count, or the wording with a number' },
    ]),
  );

const QuoteFields = {
  caseId: Uuid.nullable(),
  text: z.string().max(100_000),
  language: LanguageTag,
  translation: z.string().max(100_000),
  speakerId: Uuid.nullable(),
  speakerDescriptor: ShortText(500),
  speakerRole: ShortText(300),
  mode: QuoteMode,
  date: IsoDate.nullable(),
  context: z.string().max(20_000),
  memo: MemoText,
};

/** Casualty figures as claims, their reconciliation, source grading and quotes. */
export const evidenceMethods = {
  'figures.list': {
    summary: 'Figures of a case, an incident, an article or a reporter (or all), oldest as-of date first.',
    input: z.object({ caseId: Uuid.optional(), incidentId: Uuid.optional(), articleId: Uuid.optional(), reporterId: Uuid.optional() }).strict(),
    output: z.object({ figures: z.array(Figure) }),
  },
  'figures.get': {
    summary: 'One casualty figure.',
    input: z.object({ id: Uuid }).strict(),
    output: Figure,
  },
  'figures.create': {
    summary: 'Record a casualty figure as a claim: reporter, dates, outcome, group, qualified count, wording, scope; from a span or typed.',
    input: NewFigure,
    output: Figure,
  },
  'figures.update': {
    summary: 'Change a figure (its article span stays).',
    input: z
      .object({ id: Uuid, patch: z.object(FigureFields).partial().strict().superRefine((v, ctx) => report(ctx, figureIssues(v, false))) })
      .strict(),
    output: Figure,
  },
  'figures.delete': {
    summary: 'Move a figure to the trash.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
  'figures.reconcile': {
    summary: 'Reconciliation of a case or incident: outcome x group by reporter, latest figure with its timeline, and consistency flags explained.',
    input: z.object({ caseId: Uuid.optional(), incidentId: Uuid.optional() }).strict(),
    output: Reconciliation,
  },
  'figures.sum': {
    summary: 'Add up figures of ONE reporter, one outcome, one as-of date and mutually exclusive groups; anything else is refused.',
    input: z
      .object({ ids: z.array(Uuid).min(2).max(50) })
      .strict()
      .refine((v) => new Set(v.ids).size === v.ids.length, { message: 'must not repeat a figure', path: ['ids'] }),
    output: FigureSum,
  },
  'figures.readWording': {
    summary: 'Read a source’s wording ("over 1,000", "ما لا يقل عن 45") into a qualified count, to pre-fill a form.',
    input: z.object({ wording: z.string().max(1000) }).strict(),
    output: z.object({ count: z.object({ qualifier: Qualifier, value: z.number().int().optional(), min: z.number().int().optional(), max: z.number().int().optional() }).nullable() }),
  },
  'grading.get': {
    summary: 'The source grading of an article: reliability A-F, credibility 1-6 (Admiralty scale), connection.',
    input: z.object({ articleId: Uuid }).strict(),
    output: Grading,
  },
  'grading.set': {
    summary: 'Grade an article’s source (reliability A-F) and information (credibility 1-6), and say how the source is connected.',
    input: z.object({ articleId: Uuid, reliability: Reliability, credibility: Credibility, connection: SourceConnection, note: z.string().max(20_000).optional() }).strict(),
    output: Grading,
  },
  'quotes.list': {
    summary: 'Quotes of a case, an article or a speaker (or all), in text order.',
    input: z.object({ caseId: Uuid.optional(), articleId: Uuid.optional(), speakerId: Uuid.optional() }).strict(),
    output: z.object({ quotes: z.array(Quote) }),
  },
  'quotes.get': {
    summary: 'One quote.',
    input: z.object({ id: Uuid }).strict(),
    output: Quote,
  },
  'quotes.create': {
    summary: 'Record a quote anchored to a span of an article, or typed (text and language) from an interview.',
    input: z
      .object({ articleId: Uuid.optional(), start: Position.optional(), end: Position.optional(), exact: Seen.optional(), ...QuoteFields })
      .partial()
      .strict()
      .superRefine((v, ctx) =>
        report(ctx, [
          ...spanIssues(v),
          v.start === undefined && !v.text?.trim() && { path: ['text'], message: 'a typed quote needs its words' },
          v.start === undefined && !v.articleId && !v.language && { path: ['language'], message: 'say which language the quote is in' },
        ]),
      ),
    output: Quote,
  },
  'quotes.createFromSelection': {
    summary: 'Create a quote from a selection, pre-filled: text without quote marks, the article’s language, direct or relayed, the speaker named nearby.',
    input: z
      .object({ articleId: Uuid, start: Position, end: Position, exact: Seen.optional(), ...QuoteFields })
      .partial()
      .required({ articleId: true, start: true, end: true })
      .omit({ text: true })
      .strict()
      .refine((v) => v.end > v.start, { message: 'end must be after start', path: ['end'] }),
    output: Quote,
  },
  'quotes.update': {
    summary: 'Change a quote (the text only of a typed one).',
    input: z.object({ id: Uuid, patch: z.object(QuoteFields).partial().strict() }).strict(),
    output: Quote,
  },
  'quotes.delete': {
    summary: 'Move a quote to the trash.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
} as const;
