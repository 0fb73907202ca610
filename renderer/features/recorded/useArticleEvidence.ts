import { useEffect, useState } from 'react';
import type { Quote } from '../../../src/shared/schemas/evidence';
import type { Figure } from '../../../src/shared/schemas/figure';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';

export interface ArticleEvidence {
  figures: Figure[];
  quotes: Quote[];
  error: string | null;
}

const NONE: ArticleEvidence = { figures: [], quotes: [], error: null };

/** The figures and quotes recorded from an article, read again after every change of data. */
export function useArticleEvidence(articleId: string | null): ArticleEvidence {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<ArticleEvidence & { articleId: string | null }>({ ...NONE, articleId });

  useEffect(() => {
    if (!articleId) return;
    let current = true;
    Promise.all([client.call('figures.list', { articleId }), client.call('quotes.list', { articleId })])
      .then(([f, q]) => current && setState({ figures: f.figures, quotes: q.quotes, error: null, articleId }))
      .catch((error: unknown) => current && setState((s) => ({ ...s, error: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [client, articleId, dataVersion]);

  return state.articleId === articleId ? state : NONE;
}
