import { useDeferredValue, useMemo, useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { SearchResult } from '../../../src/shared/schemas/search';
import { useCodeList } from '../codebook/useCodeList';
import { describeFilters } from './describeFilters';
import { SaveSearchDialog } from './SaveSearchDialog';
import { SearchFiltersPanel, SEARCH_FILTERS_ID } from './SearchFiltersPanel';
import { SearchHelp } from './SearchHelp';
import { activeFilterCount, MORE_LIMIT, noFilters } from './searchQuery';
import { SearchResultsList } from './SearchResultsList';
import { setSearchFilters, updateSearch, useSearchState } from './searchStore';
import { SearchSummary } from './SearchSummary';
import './search.css';

interface SearchViewProps {
  cases: readonly Case[];
  onOpenResult: (result: SearchResult) => void;
}

/**
 * The centre pane's Search view: counts per record type, the filters, and the results grouped by
 * type with their matched words marked. The results render deferred, so typing in the search box
 * never waits for a long list to redraw.
 */
export function SearchView({ cases, onOpenResult }: SearchViewProps) {
  const text = useSearchState((s) => s.text);
  const filters = useSearchState((s) => s.filters);
  const filtersOpen = useSearchState((s) => s.filtersOpen);
  const limit = useSearchState((s) => s.limit);
  const activeKey = useSearchState((s) => s.activeKey);
  const exactWords = useSearchState((s) => s.exactWords);
  const results = useDeferredValue(useSearchState((s) => s.results));
  const { codes } = useCodeList();
  const [saving, setSaving] = useState(false);

  const filterCount = activeFilterCount(filters);
  const filterWords = useMemo(
    () => describeFilters(filters, { code: (id) => codes.find((c) => c.id === id)?.name, case: (id) => cases.find((c) => c.id === id)?.title }),
    [filters, codes, cases],
  );
  const query = text.trim();
  const hasMore = results.groups.some((g) => g.total > g.results.length) && limit < MORE_LIMIT;
  const shown = query !== '' && results.query.trim() !== '';
  const stale = results.pending || results.problem !== null || results.query !== text;

  return (
    <section className="pane view search-view" aria-labelledby="search-heading">
      <header className="view-header search-header">
        <h2 id="search-heading" className="view-title">
          Search
        </h2>
        {shown && !results.problem && <SearchSummary groups={results.groups} total={results.total} />}
        <div className="search-actions">
          <button
            type="button"
            className="btn btn-small"
            aria-expanded={filtersOpen}
            aria-controls={SEARCH_FILTERS_ID}
            onClick={() => updateSearch((s) => ({ filtersOpen: !s.filtersOpen }))}
          >
            Filters
            {filterCount > 0 && <span className="search-filter-count">{filterCount}</span>}
          </button>
          <label className="search-exact" title="Match only the words as typed: no other forms (killed, killings for kill; والقتلى for قتلى) and no other spellings of names">
            <input type="checkbox" checked={exactWords} onChange={(e) => updateSearch(() => ({ exactWords: e.target.checked }))} /> Exact words only
          </label>
          <button type="button" className="btn btn-small" disabled={!query || results.problem !== null} onClick={() => setSaving(true)}>
            Save search…
          </button>
        </div>
      </header>
      {filtersOpen && <SearchFiltersPanel filters={filters} codes={codes} cases={cases} />}
      {!filtersOpen && filterWords.length > 0 && (
        <p className="search-filter-words">
          Filtered: {filterWords.join(' · ')}
          <button type="button" className="btn btn-small btn-quiet" onClick={() => setSearchFilters(() => noFilters)}>
            Clear filters
          </button>
        </p>
      )}
      <div className="search-body">
        {!query ? (
          <SearchHelp />
        ) : (
          <>
            {shown && !results.problem && results.alsoSearched && results.alsoSearched.length > 0 && (
              <p className="search-also">
                Also searched: <bdi>{results.alsoSearched.join(', ')}</bdi>
              </p>
            )}
            {results.problem && (
              // The core's own words (what to change, and where), as under the search box.
              <p className="search-note" data-testid="search-view-problem">
                <span dir="auto">{results.problem}</span>{' '}
                {results.groups.length > 0 ? (
                  <>
                    Still showing the results for <bdi>“{results.query.trim()}”</bdi> until then.
                  </>
                ) : (
                  'The search runs once that is changed.'
                )}
              </p>
            )}
            {results.error && (
              <p className="field-error" role="alert">
                The search could not be run: {results.error}
              </p>
            )}
            {shown && results.total === 0 && !results.problem && !results.pending && (
              <p className="search-empty">
                Nothing matches <bdi>“{results.query.trim()}”</bdi>
                {filterWords.length > 0 ? ' with these filters.' : '.'} Try fewer words, a prefix such as <code>kill*</code>, or OR between spellings.
              </p>
            )}
            {results.groups.length > 0 && (
              <div className={stale ? 'search-results-wrap is-stale' : 'search-results-wrap'}>
                <SearchResultsList groups={results.groups} activeKey={activeKey} busy={results.pending} onOpen={onOpenResult} />
                {hasMore && (
                  <button type="button" className="btn btn-small search-more" onClick={() => updateSearch(() => ({ limit: MORE_LIMIT }))}>
                    Show up to {MORE_LIMIT} of each type
                  </button>
                )}
              </div>
            )}
          </>
        )}
      </div>
      <SaveSearchDialog open={saving} text={text} filters={filters} filterWords={filterWords} onClose={() => setSaving(false)} />
    </section>
  );
}
