import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../src/shared/schemas/article';
import { useClient } from '../api/ClientContext';
import { errorMessage } from '../api/errorMessage';

interface SelectedArticleState {
  article: Article | null;
  loading: boolean;
  error: string | null;
}

/** Wait this long after the selection last moved before fetching, so holding Down stays smooth. */
const SETTLE_MS = 70;

/**
 * The full article (text and provenance) for the selected id. The previous article stays on screen
 * while the next one loads, so nothing jumps. `replace` takes a fresher copy (after a save).
 */
export function useSelectedArticle(id: string | null) {
  const client = useClient();
  const [state, setState] = useState<SelectedArticleState>({ article: null, loading: false, error: null });

  useEffect(() => {
    if (!id) {
      setState({ article: null, loading: false, error: null });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(() => {
      client
        .call('articles.get', { id })
        .then((article) => current && setState({ article, loading: false, error: null }))
        .catch((error: unknown) => current && setState({ article: null, loading: false, error: errorMessage(error) }));
    }, SETTLE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [client, id]);

  const replace = useCallback((article: Article) => setState({ article, loading: false, error: null }), []);

  return { ...state, replace };
}
