import { z } from 'zod';
import { Timestamp, Uuid } from './common';

/**
 * W3C Web Annotation selectors: TextPositionSelector (start/end in code points of the
 * article's reading text) and TextQuoteSelector (exact text with 32 code points of context).
 */
export const TextSelector = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextSelector = z.infer<typeof TextSelector>;

/** anchored: on its text; review: re-anchored by context onto edited text; orphaned: lost its text. */
export const AnchorStatus = z.enum(['anchored', 'review', 'orphaned']);
export type AnchorStatus = z.infer<typeof AnchorStatus>;

export const Highlight = TextSelector.extend({
  id: Uuid,
  articleId: Uuid,
  status: AnchorStatus,
  /** For status review: the text it covered before the correction. */
  previousExact: z.string().nullable(),
  memo: z.string(),
  codeIds: z.array(Uuid),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Highlight = z.infer<typeof Highlight>;

export const CodedSegment = z.object({
  highlightId: Uuid,
  articleId: Uuid,
  articleTitle: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  /** Surrounding text for reading the segment in context. */
  before: z.string(),
  after: z.string(),
  memo: z.string(),
  codeIds: z.array(Uuid),
});
export type CodedSegment = z.infer<typeof CodedSegment>;
