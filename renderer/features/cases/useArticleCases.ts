import { useEffect, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';

/** The ids of the cases an article is in (cases.ofArticle), asked again whenever data changes. */
export function useArticleCases(articleId: string) {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<{ caseIds: string[]; error: string | null; loaded: boolean }>({ caseIds: [], error: null, loaded: false });

  useEffect(() => {
    let current = true;
    client
      .call('cases.ofArticle', { articleId })
      .then(({ caseIds }) => current && setState({ caseIds, error: null, loaded: true }))
      .catch((error: unknown) => current && setState({ caseIds: [], error: errorMessage(error), loaded: true }));
    return () => {
      current = false;
    };
  }, [client, articleId, dataVersion]);

  return state;
}
