import { z } from 'zod';
import { Uuid } from './common';

/** What importing a REFI-QDA project (.qdpx) brought in, and what it could not, one sentence each. */
export const ProjectImportReport = z.object({
  project: z.string(),
  /** The case that holds every imported source and the project's own notes. */
  caseId: Uuid,
  articles: z.number().int(),
  /** Codings placed on their text. */
  highlights: z.number().int(),
  /** Codings whose text was found only by its context (status review) or not at all (orphaned): the review list. */
  review: z.number().int(),
  orphaned: z.number().int(),
  codesCreated: z.number().int(),
  codesUpdated: z.number().int(),
  cases: z.number().int(),
  memos: z.number().int(),
  problems: z.array(z.string()),
});
export type ProjectImportReport = z.infer<typeof ProjectImportReport>;
