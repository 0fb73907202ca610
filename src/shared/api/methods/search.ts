import { z } from 'zod';
import { ShortText, Uuid } from '../../schemas/common';
import { SavedSearch, SearchFilters, SearchGroup } from '../../schemas/search';

const Query = z.string().max(1000, { message: 'is over 1,000 characters' });

/** Full-text search over every record type, in English and Arabic, and saved searches. */
export const searchMethods = {
  'search.query': {
    summary: 'Search articles, highlights, memos, cases and evidence: words (with their other forms and, for names, other spellings and registered aliases), "exact phrases", prefix*, -exclusion, OR; with filters.',
    input: z
      .object({
        query: Query,
        filters: SearchFilters.default({ includeChildCodes: true }),
        limit: z.number().int().min(1).max(500).default(20),
        /** Exact words only: no other forms of a word (stems), no other spellings of names. */
        exactWords: z.boolean().default(false),
        /** Also search the other names and aliases of a registered actor the query names. */
        aliases: z.boolean().default(true),
        /** Fold spellings of names in Latin script (al-Sharaa ~ al Shara ~ Sharaa). */
        spellings: z.boolean().default(true),
      })
      .strict(),
    output: z.object({ groups: z.array(SearchGroup), total: z.number().int(), alsoSearched: z.array(z.string()) }),
  },
  'search.rebuild': {
    summary: 'Rebuild the search index from the records (normally kept in step automatically).',
    input: z.object({}).strict(),
    output: z.object({ documents: z.number().int() }),
  },
  'search.saved.list': {
    summary: 'Saved searches, for the sidebar.',
    input: z.object({}).strict(),
    output: z.object({ searches: z.array(SavedSearch) }),
  },
  'search.saved.create': {
    summary: 'Save a search with a name.',
    input: z.object({ name: ShortText(200).refine((s) => s.trim().length > 0, { message: 'must not be empty' }), query: Query, filters: SearchFilters.default({ includeChildCodes: true }) }).strict(),
    output: SavedSearch,
  },
  'search.saved.delete': {
    summary: 'Delete a saved search.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
} as const;
