import type { ArticleSort } from '../../../src/shared/schemas/article';

export type SortDirection = 'asc' | 'desc';

export interface LibraryQuery {
  filter: string;
  sort: ArticleSort;
  direction: SortDirection;
  /** Only the articles of this case; null for all articles. */
  caseId: string | null;
}

export const defaultLibraryQuery: LibraryQuery = { filter: '', sort: 'capturedAt', direction: 'desc', caseId: null };

/** Words read A to Z first; dates read newest first. */
export const firstDirection: Record<ArticleSort, SortDirection> = {
  title: 'asc',
  publisher: 'asc',
  publishedAt: 'desc',
  capturedAt: 'desc',
};

/** Clicking the active column flips it; clicking another starts with that column's natural order. */
export function nextSort(query: LibraryQuery, sort: ArticleSort): LibraryQuery {
  if (query.sort === sort) return { ...query, direction: query.direction === 'asc' ? 'desc' : 'asc' };
  return { ...query, sort, direction: firstDirection[sort] };
}

/** The date the list's date column shows: the captured date while sorting by it, else the publication date. */
export function dateColumn(sort: ArticleSort): 'capturedAt' | 'publishedAt' {
  return sort === 'capturedAt' ? 'capturedAt' : 'publishedAt';
}
