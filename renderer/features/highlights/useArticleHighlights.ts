import { useEffect, useState } from 'react';
import type { Highlight } from '../../../src/shared/schemas/highlight';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';

interface ArticleHighlights {
  /** Every highlight of the article, in text order (orphans included; they are not drawn). */
  highlights: Highlight[];
  /** Those needing a person after a correction: review first-class, then orphans. */
  review: Highlight[];
  loaded: boolean;
  error: string | null;
}

const empty: ArticleHighlights = { highlights: [], review: [], loaded: false, error: null };

/** highlights.list and highlights.review for one article, asked again whenever data changes. */
export function useArticleHighlights(articleId: string | null): ArticleHighlights {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<ArticleHighlights & { articleId: string | null }>({ ...empty, articleId: null });

  useEffect(() => {
    if (!articleId) return;
    let current = true;
    Promise.all([client.call('highlights.list', { articleId }), client.call('highlights.review', { articleId })])
      .then(([list, review]) => {
        if (!current) return;
        const ordered = [...review.highlights].sort((a, b) => (a.status === b.status ? a.start - b.start : a.status === 'review' ? -1 : 1));
        setState({ highlights: list.highlights, review: ordered, loaded: true, error: null, articleId });
      })
      .catch((e: unknown) => current && setState((s) => ({ ...s, loaded: true, error: errorMessage(e), articleId })));
    return () => {
      current = false;
    };
  }, [client, articleId, dataVersion]);

  // Never show one article's highlights over another's text while the next list loads.
  if (!articleId || state.articleId !== articleId) return empty;
  return state;
}
