import { useEffect, useRef } from 'react';
import { ApiError } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';
import { toApiFilters } from './searchQuery';
import { noResults, receiveResults, updateSearch, useSearchState } from './searchStore';

/** Wait this long after the last keystroke before asking; typing never waits for an answer. */
export const SEARCH_DEBOUNCE_MS = 150;

/**
 * Asks search.query whenever the words, the filters, the limit or "exact words only" change (debounced), and again
 * when data changes (`version`: imports and the demo; the data version: every edit and undo).
 * Only the answer to the newest question is kept: older ones that arrive late are dropped.
 * Mount once (the toolbar's search box does).
 */
export function useSearchRunner(version: number): void {
  const client = useClient();
  const dataVersion = useDataVersion();
  const text = useSearchState((s) => s.text);
  const filters = useSearchState((s) => s.filters);
  const limit = useSearchState((s) => s.limit);
  const exactWords = useSearchState((s) => s.exactWords);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!text.trim()) {
      updateSearch(() => ({ results: noResults, activeKey: null }));
      return;
    }
    updateSearch((s) => ({ results: { ...s.results, pending: true } }));
    const timer = window.setTimeout(() => {
      client
        .call('search.query', { query: text, filters: toApiFilters(filters), limit, exactWords })
        .then(({ groups, total, alsoSearched }) => {
          if (ticket === latest.current) receiveResults({ query: text, groups, total, pending: false, problem: null, error: null, alsoSearched });
        })
        .catch((error: unknown) => {
          if (ticket !== latest.current) return;
          const invalid = error instanceof ApiError && error.code === 'invalid_input';
          updateSearch((s) => ({ results: { ...s.results, pending: false, problem: invalid ? errorMessage(error) : null, error: invalid ? null : errorMessage(error) } }));
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [client, text, filters, limit, exactWords, version, dataVersion]);
}
