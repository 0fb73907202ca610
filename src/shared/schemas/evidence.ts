import { z } from 'zod';
import { Timestamp, Uuid } from './common';
import { AnchorStatus, TextSelector } from './highlight';
import { SearchResult } from './search';

/** Direct: the speaker's own words; relayed: reported by someone else ("he said that ..."). */
export const QuoteMode = z.enum(['direct', 'relayed']);
export type QuoteMode = z.infer<typeof QuoteMode>;

export const Quote = z.object({
  id: Uuid,
  caseId: Uuid.nullable(),
  articleId: Uuid.nullable(),
  /** The exact span of the article (same anchoring as highlights); null for a quote typed from an interview. */
  selector: TextSelector.nullable(),
  anchorStatus: AnchorStatus.nullable(),
  text: z.string(),
  language: z.string(),
  translation: z.string(),
  /** A registered actor ("Ahmad al-Sharaa") ... */
  speakerId: Uuid.nullable(),
  speakerName: z.string().nullable(),
  /** ... or a descriptor for an anonymous speaker ("an Alawite man from Damascus"). */
  speakerDescriptor: z.string(),
  speakerRole: z.string(),
  mode: QuoteMode,
  date: z.string().nullable(),
  context: z.string(),
  memo: z.string(),
  codeIds: z.array(Uuid),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Quote = z.infer<typeof Quote>;

/** Record types that links join ("any type to any type"). */
export const LinkableType = z.enum(['article', 'highlight', 'case', 'figure', 'quote', 'account', 'incident', 'actor', 'witness']);
export type LinkableType = z.infer<typeof LinkableType>;

export const LinkRelation = z.enum(['corroborates', 'contradicts', 'relates_to']);
export type LinkRelation = z.infer<typeof LinkRelation>;

export const Link = z.object({
  id: Uuid,
  fromType: LinkableType,
  fromId: Uuid,
  toType: LinkableType,
  toId: Uuid,
  relation: LinkRelation,
  note: z.string(),
  createdAt: Timestamp,
});
export type Link = z.infer<typeof Link>;

/**
 * Source grading on the Admiralty (NATO STANAG 2511 / AJP-2.1) scale, graded separately:
 * reliability of the SOURCE (its track record), credibility of the INFORMATION (this report).
 */
export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type Reliability = z.infer<typeof Reliability>;
export const Credibility = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)], { message: 'must be 1-6' });
export type Credibility = z.infer<typeof Credibility>;

/** Meaning of each reliability grade, for forms and reports. */
export const RELIABILITY_SCALE: Record<Reliability, { label: string; meaning: string }> = {
  A: { label: 'Completely reliable', meaning: 'No doubt of authenticity, trustworthiness or competency; a history of complete reliability.' },
  B: { label: 'Usually reliable', meaning: 'Minor doubt; a history of mostly valid information.' },
  C: { label: 'Fairly reliable', meaning: 'Doubt; has provided valid information in the past.' },
  D: { label: 'Not usually reliable', meaning: 'Significant doubt; has provided valid information in the past.' },
  E: { label: 'Unreliable', meaning: 'Lacking authenticity, trustworthiness and competency; a history of invalid information.' },
  F: { label: 'Reliability cannot be judged', meaning: 'No basis exists for evaluating the reliability of the source (e.g. a new source).' },
};

/** Meaning of each credibility grade, for forms and reports. */
export const CREDIBILITY_SCALE: Record<Credibility, { label: string; meaning: string }> = {
  1: { label: 'Confirmed by other sources', meaning: 'Confirmed by other independent sources; logical in itself; consistent with other information.' },
  2: { label: 'Probably true', meaning: 'Not confirmed; logical in itself; consistent with other information on the subject.' },
  3: { label: 'Possibly true', meaning: 'Not confirmed; reasonably logical in itself; agrees with some other information.' },
  4: { label: 'Doubtful', meaning: 'Not confirmed; possible but not logical; no other information on the subject.' },
  5: { label: 'Improbable', meaning: 'Not confirmed; not logical in itself; contradicted by other information.' },
  6: { label: 'Truth cannot be judged', meaning: 'No basis exists for evaluating the validity of the information.' },
};

/** How the source came by the information. */
export const SourceConnection = z.enum(['eyewitness', 'relayed', 'official_statement', 'media_report']);
export type SourceConnection = z.infer<typeof SourceConnection>;

export const Grading = z.object({
  articleId: Uuid,
  reliability: Reliability.nullable(),
  credibility: Credibility.nullable(),
  connection: SourceConnection.nullable(),
  /** The two grades together, as analysts write them ("B2"); null until graded. */
  grade: z.string().nullable(),
  note: z.string(),
  updatedAt: Timestamp.nullable(),
});
export type Grading = z.infer<typeof Grading>;

/** Evidence record types with their own search index (witnesses never have one). */
export const EvidenceSearchRecordType = z.enum(['figure', 'quote', 'account', 'actor', 'incident']);
export type EvidenceSearchRecordType = z.infer<typeof EvidenceSearchRecordType>;

export const EvidenceSearchResult = SearchResult.extend({ type: EvidenceSearchRecordType });
export type EvidenceSearchResult = z.infer<typeof EvidenceSearchResult>;
