import { z } from 'zod';
import { LanguageTag, Timestamp, Uuid } from './common';

export const SearchRecordType = z.enum(['article', 'highlight', 'memo', 'case', 'figure', 'quote', 'account', 'actor', 'incident']);
export type SearchRecordType = z.infer<typeof SearchRecordType>;

export const SearchFilters = z
  .object({
    types: z.array(SearchRecordType).min(1).optional(),
    /** Only records coded with this code (or one of its sub-codes, unless includeChildCodes is false). */
    codeId: Uuid.optional(),
    includeChildCodes: z.boolean().default(true),
    caseId: Uuid.optional(),
    language: LanguageTag.optional(),
    /** Publication date range of the article a record belongs to (inclusive, YYYY-MM-DD). */
    from: z.iso.date({ message: 'must be a date like 2025-03-06' }).optional(),
    to: z.iso.date({ message: 'must be a date like 2025-03-31' }).optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof SearchFilters>;

export const SnippetPart = z.object({ text: z.string(), match: z.boolean() });

export const SearchResult = z.object({
  id: Uuid,
  type: SearchRecordType,
  title: z.string(),
  articleId: Uuid.nullable(),
  /** Where to jump in the article's reading text (code points), when the match is in an article. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  snippet: z.array(SnippetPart),
  score: z.number(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const SearchGroup = z.object({ type: SearchRecordType, total: z.number().int(), results: z.array(SearchResult) });
export type SearchGroup = z.infer<typeof SearchGroup>;

export const SavedSearch = z.object({ id: Uuid, name: z.string(), query: z.string(), filters: SearchFilters, createdAt: Timestamp });
export type SavedSearch = z.infer<typeof SavedSearch>;
