import { z } from 'zod';
import { Suggestion } from '../../domain/extract/schema';
import { Uuid } from '../../schemas/common';

const Keys = z.array(z.string().min(1).max(20_000)).min(1).max(2_000);
const WithKey = z.intersection(Suggestion, z.object({ key: z.string() }));

/** Offline assisted extraction: suggested figures, quotes and actor mentions in an article. */
export const suggestionMethods = {
  'suggest.article': {
    summary: 'Suggested casualty figures, direct quotes and known-actor mentions in an article (dismissed ones left out).',
    input: z.object({ articleId: Uuid, vague: z.boolean().default(false) }).strict(),
    output: z.object({ suggestions: z.array(WithKey) }),
  },
  'suggest.accept': {
    summary: 'Create the records (figures, quotes, actor links) for suggestions, anchored to their text, in one step.',
    input: z
      .object({
        articleId: Uuid,
        keys: Keys,
        reporterId: Uuid.optional(),
        reportedDate: z.iso.date({ message: 'must be a date like 2025-03-09' }).optional(),
        caseId: Uuid.optional(),
      })
      .strict(),
    output: z.object({
      created: z.array(z.object({ kind: z.string(), id: Uuid })),
      /** How many of the figures were recorded without a date (the article gives none). */
      undated: z.number().int(),
    }),
  },
  'suggest.dismiss': {
    summary: 'Dismiss suggestions for an article; they are not offered again for it.',
    input: z.object({ articleId: Uuid, keys: Keys }).strict(),
    output: z.object({ dismissed: z.number().int() }),
  },
  'suggest.restore': {
    summary: 'Offer again the suggestions dismissed for an article.',
    input: z.object({ articleId: Uuid }).strict(),
    output: z.object({ restored: z.number().int() }),
  },
} as const;
