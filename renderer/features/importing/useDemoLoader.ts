import { useCallback, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useNotices } from '../../ui/notices/NoticeProvider';

/** Loads the demo case (articles about the March 2025 coastal killings) through demo.load. */
export function useDemoLoader(onLoaded: () => void) {
  const client = useClient();
  const { notify } = useNotices();
  const [loading, setLoading] = useState(false);

  const loadDemo = useCallback(async () => {
    if (loading) return;
    setLoading(true);
    try {
      const result = await client.call('demo.load', {});
      onLoaded();
      if (result.imported === 0) {
        notify({ tone: 'info', title: 'The demo case is already in the library.', detail: `${plural(result.alreadyPresent, 'article was', 'articles were')} there already; nothing was added.` });
      } else {
        const already = result.alreadyPresent > 0 ? ` (${result.alreadyPresent} were already there)` : '';
        notify({ tone: 'success', title: `Loaded the demo case: ${plural(result.imported, 'article')}${already}.`, detail: 'Select an article in the library to read it.' });
      }
    } catch (error) {
      notify({ tone: 'error', title: 'The demo case could not be loaded.', detail: `${errorMessage(error)} Your library is unchanged; try again, or import your own files.` });
    } finally {
      setLoading(false);
    }
  }, [client, loading, notify, onLoaded]);

  return { loadDemo, loadingDemo: loading };
}
