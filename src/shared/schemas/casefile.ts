import { z } from 'zod';
import { Timestamp, Uuid } from './common';
import {
  ExportAccount,
  ExportActor,
  ExportArticle,
  ExportCase,
  ExportCode,
  ExportFigure,
  ExportIncident,
  ExportLink,
  ExportMemo,
  ExportProfile,
  ExportQuote,
  ExportScope,
  ExportSegment,
  ExportWitness,
  RedactionTarget,
  WithheldCounts,
} from './export';
import { Reconciliation } from './figure';

/**
 * case.json, the record data of a case file (a BagIt bag, RFC 8493): the export data set of a
 * scope under a profile, plus the redactions and the history of its records. Versioned: a reader
 * refuses a version newer than it knows. Every record has a stable `id`; `rev` ("N-hash", the
 * generation and a hash of the content) is left for merging case files to fill.
 */
export const CASE_FILE_FORMAT = 'fieldnotes-case';
export const CASE_FILE_VERSION = 1;

export const Rev = z.string().regex(/^[1-9]\d*-[0-9a-f]{8,64}$/, 'a revision is "N-hash"');

/** A record of the case file: its schema, with room for the revision that merging fills in. */
const record = <T extends z.ZodRawShape>(schema: z.ZodObject<T>) => z.array(schema.extend({ rev: Rev.optional() }));

export const CaseRedaction = z.object({
  id: Uuid,
  targetType: RedactionTarget,
  targetId: Uuid,
  /** Code points of the target's text in the workspace the case file comes from. */
  start: z.number().int(),
  end: z.number().int(),
  /** The redacted words; null where the profile replaces redacted spans. */
  exact: z.string().nullable(),
  reason: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CaseRedaction = z.infer<typeof CaseRedaction>;

/** One entry of a record's chain of custody. `before`/`after` (the values) only in the internal profile. */
export const CaseHistoryEntry = z.object({
  /** A hash of the entry's content: the same entry has the same id in every case file. */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  itemType: z.string(),
  itemId: Uuid,
  action: z.string(),
  at: Timestamp,
  /** The local user who made the change; null in the public profile. */
  user: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type CaseHistoryEntry = z.infer<typeof CaseHistoryEntry>;

export const CaseFile = z.object({
  format: z.literal(CASE_FILE_FORMAT),
  version: z.literal(CASE_FILE_VERSION),
  profile: ExportProfile,
  profileNotice: z.string(),
  scope: ExportScope,
  title: z.string(),
  exportedAt: Timestamp,
  exporter: z.string(),
  articles: record(ExportArticle),
  /** Coded segments, with both selectors (position and quote). */
  highlights: record(ExportSegment),
  codes: record(ExportCode),
  cases: record(ExportCase),
  memos: record(ExportMemo),
  figures: record(ExportFigure),
  quotes: record(ExportQuote),
  actors: record(ExportActor),
  incidents: record(ExportIncident),
  links: record(ExportLink),
  witnesses: record(ExportWitness),
  accounts: record(ExportAccount),
  redactions: record(CaseRedaction),
  history: z.array(CaseHistoryEntry),
  reconciliation: Reconciliation,
  withheld: WithheldCounts,
});
export type CaseFile = z.infer<typeof CaseFile>;

/** The JSON Schema written beside case.json, generated from the zod schema. */
export const caseFileJsonSchema = () => z.toJSONSchema(CaseFile, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' });

/** One problem a verification found: a file altered, added or removed, or a broken rule of the bag. */
export const BagProblem = z.object({
  kind: z.enum(['altered', 'added', 'removed', 'invalid']),
  /** The file's path inside the bag, or null for the bag as a whole. */
  path: z.string().nullable(),
  message: z.string(),
});
export type BagProblem = z.infer<typeof BagProblem>;

export const VerifyReport = z.object({
  valid: z.boolean(),
  /** From bag-info.txt, when it could be read. */
  info: z.record(z.string(), z.string()),
  payloadFiles: z.number().int(),
  payloadBytes: z.number().int(),
  problems: z.array(BagProblem),
});
export type VerifyReport = z.infer<typeof VerifyReport>;
