import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../src/shared/schemas/article';
import { useClient } from '../../api/ClientContext';
import { useDataVersion } from '../undo/dataVersion';

/** The library's articles by title (for filters and "from which article" columns). */
export function useArticleTitles(): ArticleSummary[] {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [items, setItems] = useState<ArticleSummary[]>([]);
  useEffect(() => {
    let current = true;
    client
      .call('articles.list', { sort: 'title', direction: 'asc' })
      .then((result) => current && setItems(result.items))
      .catch(() => current && setItems([]));
    return () => {
      current = false;
    };
  }, [client, dataVersion]);
  return items;
}
