import { z } from 'zod';
import { Sha256, Timestamp, Uuid } from './common';
import { CodeDescription } from './code';
import { LinkableType, LinkRelation, Quote } from './evidence';
import { Figure, Reconciliation } from './figure';
import { AnchorStatus } from './highlight';
import { Incident } from './incident';
import { Account, ConsentState } from './witness';
import { ActorType } from './actor';
import { Article, Original } from './article';
import { MemoVisibility } from './case';

/**
 * The export data set: everything an export of one scope under one profile may contain, and
 * nothing else. Every format renders only this object (the type is the boundary: formats never
 * touch the database), and the case-file bundle of issue 13 reuses it as case.schema.json.
 */
export const EXPORT_DATASET_FORMAT = 'fieldnotes-export';
export const EXPORT_DATASET_VERSION = 1;

/** internal: everything; team: no witness identities, consented accounts, no private memos; public: see profiles.ts. */
export const ExportProfile = z.enum(['internal', 'team', 'public']);
export type ExportProfile = z.infer<typeof ExportProfile>;

export { MemoVisibility };

/** Texts a redaction can mark a span of. */
export const RedactionTarget = z.enum(['article', 'account_narrative', 'account_translation', 'quote', 'memo']);
export type RedactionTarget = z.infer<typeof RedactionTarget>;

export const ExportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('case'), caseId: Uuid }).strict(),
  z.object({ kind: z.literal('articles'), articleIds: z.array(Uuid).min(1).max(10_000) }).strict(),
  z.object({ kind: z.literal('code'), codeId: Uuid, includeChildren: z.boolean().default(true) }).strict(),
  z.object({ kind: z.literal('all') }).strict(),
]);
export type ExportScope = z.infer<typeof ExportScope>;

/**
 * A piece of an exported text. A redacted piece carries its reason; when the profile withholds
 * redacted spans (`withheld`), its text is already "[redacted: reason]" and the original words are
 * not in the data set at all. Otherwise (internal, team) the words are kept, marked as redacted.
 */
export const TextPart = z.object({
  text: z.string(),
  redaction: z.object({ reason: z.string(), withheld: z.boolean() }).nullable(),
});
export type TextPart = z.infer<typeof TextPart>;
export const ExportText = z.array(TextPart);
export type ExportText = z.infer<typeof ExportText>;

/** Where a passage comes from, the same way in every format ("SOHR, “Title”, 9 March 2025, chars 203–265, sha256 3f2a91c0…"). */
export const Citation = z.object({
  articleId: Uuid.nullable(),
  publisher: z.string().nullable(),
  title: z.string(),
  date: z.string().nullable(),
  /** Code points of the article's reading text, start inclusive, end exclusive (W3C TextPositionSelector). */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  /** SHA-256 of the original the reading text was derived from. */
  sha256: Sha256.nullable(),
  text: z.string(),
});
export type Citation = z.infer<typeof Citation>;

export const ExportArticle = Article.pick({ id: true, title: true, publisher: true, author: true, publishedAt: true, language: true, sourceUrl: true }).extend({
  /** The analyst's notes on the article; null when the profile leaves them out. */
  notes: z.string().nullable(),
  original: Original.extend({
    /** false: the profile keeps the original back (public, when the reading text carries redactions). */
    shareable: z.boolean(),
  }),
  grading: z.object({ reliability: z.string().nullable(), credibility: z.number().int().nullable(), grade: z.string().nullable(), connection: z.string().nullable() }).nullable(),
  text: ExportText,
  codeIds: z.array(Uuid),
  caseIds: z.array(Uuid),
});
export type ExportArticle = z.infer<typeof ExportArticle>;

/** A coded segment: a highlight with both selectors (position and quote), its codes, memo and citation. */
export const ExportSegment = z.object({
  id: Uuid,
  articleId: Uuid,
  status: AnchorStatus,
  /** Position selector (code points of the reading text) and quote selector, after redaction. */
  selector: z.object({ start: z.number().int(), end: z.number().int(), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  passage: ExportText,
  memo: z.string().nullable(),
  codeIds: z.array(Uuid),
  citation: Citation,
});
export type ExportSegment = z.infer<typeof ExportSegment>;

export const ExportCode = z.object({
  id: Uuid,
  parentId: Uuid.nullable(),
  name: z.string(),
  /** "Sectarian dimensions / Identity-based targeting" */
  path: z.string(),
  color: z.string(),
  description: CodeDescription,
});
export type ExportCode = z.infer<typeof ExportCode>;

export const ExportCase = z.object({ id: Uuid, title: z.string(), description: z.string(), articleIds: z.array(Uuid), codeIds: z.array(Uuid) });
export type ExportCase = z.infer<typeof ExportCase>;

export const ExportMemo = z.object({
  id: Uuid,
  targetType: z.enum(['article', 'case']),
  targetId: Uuid,
  visibility: MemoVisibility,
  text: ExportText,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ExportMemo = z.infer<typeof ExportMemo>;

export const ExportFigure = Figure.omit({ selector: true, anchorStatus: true, memo: true, createdAt: true, updatedAt: true }).extend({
  /** The count in words as reconciliation shows it ("1,001+", "about 260"). */
  range: z.string(),
  /** The exact passage of the article, after redaction (null when the figure was typed). */
  passage: ExportText.nullable(),
  memo: z.string().nullable(),
  citation: Citation,
});
export type ExportFigure = z.infer<typeof ExportFigure>;

export const ExportQuote = Quote.omit({ selector: true, anchorStatus: true, text: true, memo: true, createdAt: true, updatedAt: true }).extend({
  text: ExportText,
  memo: z.string().nullable(),
  citation: Citation,
});
export type ExportQuote = z.infer<typeof ExportQuote>;

export const ExportActor = z.object({
  id: Uuid,
  name: z.string(),
  type: ActorType,
  description: z.string(),
  aliases: z.array(z.object({ alias: z.string(), language: z.string().nullable() })),
  codeIds: z.array(Uuid),
});
export type ExportActor = z.infer<typeof ExportActor>;

export const ExportIncident = Incident.omit({ memo: true, createdAt: true, updatedAt: true }).extend({ memo: z.string().nullable(), codeIds: z.array(Uuid) });
export type ExportIncident = z.infer<typeof ExportIncident>;

export const ExportLink = z.object({ id: Uuid, fromType: LinkableType, fromId: Uuid, toType: LinkableType, toId: Uuid, relation: LinkRelation, note: z.string() });
export type ExportLink = z.infer<typeof ExportLink>;

/** A witness by code. identity is present only in the internal profile. */
export const ExportWitness = z.object({
  id: Uuid,
  code: z.string(),
  description: z.string(),
  consent: z.array(ConsentState),
  identity: z.object({ name: z.string(), contact: z.string(), exactPlace: z.string() }).nullable(),
});
export type ExportWitness = z.infer<typeof ExportWitness>;

export const ExportAccount = Account.omit({ interviewer: true, interpreter: true, narrative: true, translation: true, memo: true, createdAt: true, updatedAt: true }).extend({
  /** null: left out by the profile (public). */
  interviewer: z.string().nullable(),
  interpreter: z.string().nullable(),
  narrative: ExportText,
  translation: ExportText,
  /** The place as recorded, or (public) coarsened to locationCoarse. */
  incidentPlace: z.string(),
  memo: z.string().nullable(),
});
export type ExportAccount = z.infer<typeof ExportAccount>;

/** What the profile kept back, counted (shown before exporting and printed in the output). */
export const WithheldCounts = z.object({
  witnessIdentities: z.number().int(),
  accounts: z.number().int(),
  quotes: z.number().int(),
  memos: z.number().int(),
  notes: z.number().int(),
  redactedSpans: z.number().int(),
  interviewerNames: z.number().int(),
  exactLocations: z.number().int(),
  originals: z.number().int(),
  /** One phrase per non-zero count ("2 witness identities", "1 account without consent to publish"). */
  summary: z.array(z.string()),
});
export type WithheldCounts = z.infer<typeof WithheldCounts>;

export const ExportDataset = z.object({
  format: z.literal(EXPORT_DATASET_FORMAT),
  version: z.literal(EXPORT_DATASET_VERSION),
  profile: ExportProfile,
  /** One line naming the profile and what it withholds, printed in every output's header or footer. */
  profileNotice: z.string(),
  scope: ExportScope,
  title: z.string(),
  /** File name without profile and extension ("coastal-killings"). */
  fileStem: z.string(),
  generatedAt: Timestamp,
  generator: z.string(),
  articles: z.array(ExportArticle),
  segments: z.array(ExportSegment),
  codes: z.array(ExportCode),
  cases: z.array(ExportCase),
  memos: z.array(ExportMemo),
  figures: z.array(ExportFigure),
  /** The reconciliation of the figures above: reporters side by side, never summed. */
  reconciliation: Reconciliation,
  quotes: z.array(ExportQuote),
  actors: z.array(ExportActor),
  incidents: z.array(ExportIncident),
  links: z.array(ExportLink),
  witnesses: z.array(ExportWitness),
  accounts: z.array(ExportAccount),
  withheld: WithheldCounts,
});
export type ExportDataset = z.infer<typeof ExportDataset>;

/** The text of an exported text as the profile allows it (redacted spans already replaced when withheld). */
export const plainText = (parts: ExportText): string => parts.map((p) => p.text).join('');

/** The file name an export is saved under: "coastal-killings.team.md". */
export const exportFileName = (fileStem: string, profile: ExportProfile, extension: string): string => `${fileStem}.${profile}.${extension}`;

export const Redaction = z.object({
  id: Uuid,
  targetType: RedactionTarget,
  targetId: Uuid,
  /** Code points of the target's text, start inclusive, end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
  /** The words the span covered when it was marked (to check it still stands there). */
  exact: z.string(),
  reason: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Redaction = z.infer<typeof Redaction>;
