import { useEffect, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import type { ArticleSummary } from '../../../src/shared/schemas/article';
import { useDataVersion } from '../undo/dataVersion';
import type { LibraryQuery } from './libraryQuery';

export interface ArticleListState {
  items: ArticleSummary[];
  /** False until the first answer arrives, so the empty state never flashes on start. */
  loaded: boolean;
  loading: boolean;
  error: string | null;
}

/** Articles asked for per call: the first screen shows after one page, the rest follow. */
export const LIBRARY_PAGE = 500;

/**
 * The library list for a (debounced) query, read a page at a time: the first page is shown as soon
 * as it arrives and the next pages are appended, so a library of tens of thousands of articles is
 * usable at once and no call returns every row. `version` goes up whenever the library changes
 * (import, edit, demo), and so does the app-wide data version (cases, undo): either asks again.
 * Answers to older questions are dropped.
 */
export function useArticleList(query: LibraryQuery, version: number): ArticleListState {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<ArticleListState>({ items: [], loaded: false, loading: true, error: null });

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    const filter = query.filter.trim();
    const ask = { filter: filter || undefined, caseId: query.caseId ?? undefined, sort: query.sort, direction: query.direction, limit: LIBRARY_PAGE };
    const load = async () => {
      let items: ArticleSummary[] = [];
      for (let offset = 0; current; offset += LIBRARY_PAGE) {
        const page = await client.call('articles.list', { ...ask, offset });
        if (!current) return;
        items = offset === 0 ? page.items : [...items, ...page.items];
        const done = page.items.length < LIBRARY_PAGE || items.length >= page.matched;
        setState({ items, loaded: true, loading: !done, error: null });
        if (done) return;
      }
    };
    load().catch((error: unknown) => {
      if (current) setState((s) => ({ ...s, loaded: true, loading: false, error: errorMessage(error) }));
    });
    return () => {
      current = false;
    };
  }, [client, query.filter, query.caseId, query.sort, query.direction, version, dataVersion]);

  return state;
}
