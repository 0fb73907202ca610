import { memo, useEffect, type KeyboardEvent } from 'react';
import type { SearchGroup, SearchResult } from '../../../src/shared/schemas/search';
import { formatCount } from '../../lib/format';
import { resultDomId, resultKey, SEARCH_RESULTS_ID, TYPE_LABELS } from './searchQuery';
import { activeResult, moveActiveResult } from './searchStore';
import { SearchResultItem } from './SearchResultItem';
import './searchResults.css';

interface SearchResultsListProps {
  groups: readonly SearchGroup[];
  activeKey: string | null;
  busy: boolean;
  onOpen: (result: SearchResult) => void;
}

const PAGE = 8;
const moves: Record<string, number | 'first' | 'last'> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE, Home: 'first', End: 'last' };

/**
 * The results as one listbox, a group per record type. The keyboard's result follows Up, Down,
 * Page Up, Page Down, Home and End (here or in the search box); Enter opens it.
 */
export const SearchResultsList = memo(function SearchResultsList({ groups, activeKey, busy, onOpen }: SearchResultsListProps) {
  useEffect(() => {
    if (activeKey) document.getElementById(resultDomId(activeKey))?.scrollIntoView({ block: 'nearest' });
  }, [activeKey]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      const result = activeResult();
      if (result) onOpen(result);
    } else if (event.key in moves) {
      moveActiveResult(moves[event.key]);
    } else return;
    event.preventDefault();
  }

  return (
    <div
      id={SEARCH_RESULTS_ID}
      className="list-box search-results"
      role="listbox"
      tabIndex={0}
      aria-label="Search results"
      aria-busy={busy}
      aria-activedescendant={activeKey ? resultDomId(activeKey) : undefined}
      onKeyDown={onKeyDown}
    >
      {groups.map((group) => {
        const labelId = `search-group-${group.type}`;
        const more = group.total - group.results.length;
        return (
          <div key={group.type} className="search-group" role="group" aria-labelledby={labelId}>
            <div id={labelId} className="search-group-title" role="presentation">
              {TYPE_LABELS[group.type].many}{' '}
              <span className="search-group-count">
                {more > 0 ? `${formatCount(group.results.length)} of ${formatCount(group.total)}` : formatCount(group.total)}
              </span>
            </div>
            {group.results.map((result) => {
              const key = resultKey(result);
              return <SearchResultItem key={key} result={result} active={key === activeKey} onOpen={onOpen} />;
            })}
          </div>
        );
      })}
    </div>
  );
});
