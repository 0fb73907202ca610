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

/**
 * The library list for a (debounced) query. `version` goes up whenever the library changes
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
    client
      .call('articles.list', { filter: filter || undefined, caseId: query.caseId ?? undefined, sort: query.sort, direction: query.direction })
      .then((result) => {
        if (current) setState({ items: result.items, loaded: true, loading: false, error: null });
      })
      .catch((error: unknown) => {
        if (current) setState((s) => ({ ...s, loaded: true, loading: false, error: errorMessage(error) }));
      });
    return () => {
      current = false;
    };
  }, [client, query.filter, query.caseId, query.sort, query.direction, version, dataVersion]);

  return state;
}
