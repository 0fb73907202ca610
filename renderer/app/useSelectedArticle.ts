import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../src/shared/schemas/article';
import { useClient } from '../api/ClientContext';
import { ApiError } from '../api/client';
import { errorMessage } from '../api/errorMessage';
import { useDataVersion } from '../features/undo/dataVersion';

interface SelectedArticleState {
  article: Article | null;
  loading: boolean;
  error: string | null;
}

/** Wait this long after the selection last moved before fetching, so holding Down stays smooth. */
const SETTLE_MS = 70;

const unchanged = (a: Article, b: Article) => a.id === b.id && a.updatedAt === b.updatedAt && a.text === b.text;

/**
 * The full article (text and provenance) for the selected id. The previous article stays on screen
 * while the next one loads, so nothing jumps. When workspace data changes (an undo or redo may
 * take back a correction of the text), the same article is read again quietly and replaced only
 * if it changed. `replace` takes a fresher copy (after a save).
 */
export function useSelectedArticle(id: string | null) {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<SelectedArticleState>({ article: null, loading: false, error: null });
  const shownId = useRef<string | null>(null);

  useEffect(() => {
    if (!id) {
      shownId.current = null;
      setState({ article: null, loading: false, error: null });
      return;
    }
    let current = true;
    const refresh = shownId.current === id;
    if (!refresh) setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(
      () => {
        client
          .call('articles.get', { id })
          .then((article) => {
            if (!current) return;
            shownId.current = id;
            setState((s) => (refresh && s.article && unchanged(s.article, article) ? s : { article, loading: false, error: null }));
          })
          .catch((error: unknown) => {
            if (!current) return;
            // A quiet re-read that fails keeps the article on screen, unless the article is gone.
            if (refresh && !(error instanceof ApiError && error.code === 'not_found')) return;
            setState({ article: null, loading: false, error: errorMessage(error) });
          });
      },
      refresh ? 0 : SETTLE_MS,
    );
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [client, id, dataVersion]);

  const replace = useCallback((article: Article) => setState({ article, loading: false, error: null }), []);

  return { ...state, replace };
}
