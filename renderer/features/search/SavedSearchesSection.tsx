import { useState, type KeyboardEvent } from 'react';
import type { SavedSearch } from '../../../src/shared/schemas/search';
import { DeleteSavedSearchDialog } from './DeleteSavedSearchDialog';
import { fromApiFilters, toApiFilters } from './searchQuery';
import { runSavedSearch, useSearchState } from './searchStore';
import { useSavedSearches } from './useSavedSearches';
import './savedSearches.css';

/** Whether a saved search is the one showing (same words, same filters). */
function isCurrent(saved: SavedSearch, text: string, filters: string): boolean {
  return saved.query === text && JSON.stringify(toApiFilters(fromApiFilters(saved.filters))) === filters;
}

/**
 * The library's "Saved searches", under the cases: each runs with a click or Enter (its words and
 * filters replace the current search) and shows the Search view; Delete, or the × button, deletes
 * it after asking.
 */
export function SavedSearchesSection({ onShowResults }: { onShowResults: () => void }) {
  const { searches, loaded, error } = useSavedSearches();
  const text = useSearchState((s) => s.text);
  const filters = useSearchState((s) => s.filters);
  const [deleting, setDeleting] = useState<SavedSearch | null>(null);
  const current = JSON.stringify(toApiFilters(filters));

  const run = (saved: SavedSearch) => {
    runSavedSearch(saved);
    onShowResults();
  };
  const onKeyDown = (saved: SavedSearch) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      setDeleting(saved);
    }
  };

  return (
    <section className="saved-searches" aria-labelledby="saved-searches-heading">
      <div className="pane-title-row">
        <h2 id="saved-searches-heading" className="pane-title">
          Saved searches
        </h2>
      </div>
      {error ? (
        <p className="saved-searches-message field-error" role="alert">
          The saved searches could not be read: {error}
        </p>
      ) : loaded && searches.length === 0 ? (
        <p className="saved-searches-message">None yet. Search, then choose “Save search…” in the Search view.</p>
      ) : (
        <ul className="saved-searches-list" aria-labelledby="saved-searches-heading" aria-describedby="saved-searches-keys">
          {searches.map((saved) => (
            <li key={saved.id} className="saved-search">
              <button
                type="button"
                className="saved-search-run"
                aria-current={isCurrent(saved, text, current) || undefined}
                title={`Search for: ${saved.query}`}
                onClick={() => run(saved)}
                onKeyDown={onKeyDown(saved)}
              >
                <span className="saved-search-icon" aria-hidden="true">
                  ⌕
                </span>
                <span className="saved-search-name one-line" dir="auto">
                  {saved.name}
                </span>
              </button>
              <button type="button" className="saved-search-delete" aria-label={`Delete the saved search “${saved.name}”`} title="Delete…" onClick={() => setDeleting(saved)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id="saved-searches-keys" className="visually-hidden">
        Enter runs a saved search; Delete deletes it.
      </p>
      <DeleteSavedSearchDialog target={deleting} onClose={() => setDeleting(null)} />
    </section>
  );
}
