import type { KeyboardEvent } from 'react';
import type { SearchResult } from '../../../src/shared/schemas/search';
import { modKey } from '../../lib/platform';
import { resultDomId, SEARCH_RESULTS_ID } from './searchQuery';
import { activeResult, moveActiveResult, setSearchText, useSearchState } from './searchStore';
import { useSearchRunner } from './useSearchRunner';
import './searchBox.css';

export const SEARCH_INPUT_ID = 'search-input';
const PROBLEM_ID = 'search-problem';

/** Puts the cursor in the toolbar's search box, its words selected so typing replaces them. */
export function focusSearchBox(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

interface SearchBoxProps {
  /** Goes up when the library changes outside the data version (imports, the demo): search again. */
  version: number;
  /** Whether the Search view is showing, so the box may point at its results. */
  resultsShown: boolean;
  onShowResults: () => void;
  onOpenResult: (result: SearchResult) => void;
}

/**
 * The toolbar's search over everything: articles, highlights, memos and cases. Results come as
 * you type (debounced; see useSearchRunner) in the Search view. Up and Down move through them
 * without leaving the box, Enter opens one, Escape clears. A query that cannot run says why,
 * quietly, just under the box; typing goes on as before.
 */
export function SearchBox({ version, resultsShown, onShowResults, onOpenResult }: SearchBoxProps) {
  useSearchRunner(version);
  const text = useSearchState((s) => s.text);
  const problem = useSearchState((s) => s.results.problem);
  const activeKey = useSearchState((s) => s.activeKey);
  const shownProblem = text.trim() ? problem : null;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onShowResults();
      moveActiveResult(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const result = activeResult();
      if (result && resultsShown) onOpenResult(result);
      else onShowResults();
    } else if (event.key === 'Escape' && text) {
      event.preventDefault();
      setSearchText('');
    }
  }

  return (
    <div className="search-box" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search articles, highlights, memos and cases
      </label>
      <span className="input-icon" aria-hidden="true">
        ⌕
      </span>
      <input
        id={SEARCH_INPUT_ID}
        className="input search-box-input"
        type="search"
        dir="auto"
        role="combobox"
        aria-expanded={resultsShown && Boolean(activeKey)}
        aria-controls={SEARCH_RESULTS_ID}
        aria-autocomplete="list"
        aria-activedescendant={resultsShown && activeKey ? resultDomId(activeKey) : undefined}
        aria-describedby={shownProblem ? PROBLEM_ID : undefined}
        aria-keyshortcuts={`${modKey === '⌘' ? 'Meta' : 'Control'}+F /`}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search"
        maxLength={1000}
        value={text}
        onChange={(event) => {
          setSearchText(event.target.value);
          if (event.target.value.trim()) onShowResults();
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-box-key" aria-hidden="true">
        /
      </kbd>
      <div className="search-box-note" role="status">
        {shownProblem && (
          <p id={PROBLEM_ID} className="search-box-problem">
            {shownProblem}
          </p>
        )}
      </div>
    </div>
  );
}
