import type { ReactNode } from 'react';
import type { ArticleSort } from '../../../src/shared/schemas/article';
import { formatCount } from '../../lib/format';
import { FilterBox } from './FilterBox';
import { LibraryList, LIBRARY_LIST_ID } from './LibraryList';
import { dateColumn, type LibraryQuery } from './libraryQuery';
import { SortHeaders } from './SortHeaders';
import type { ArticleListState } from './useArticleList';
import './library.css';

interface LibraryPaneProps {
  query: LibraryQuery;
  list: ArticleListState;
  selectedId: string | null;
  onFilterChange: (filter: string) => void;
  onSort: (sort: ArticleSort) => void;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  /** Delete key in the list: move the selected article to the trash (features/trash). */
  onDelete?: (id: string) => void;
  /** Above the list: the cases (features/cases). */
  cases?: ReactNode;
  /** Under the cases: the saved searches (features/search). */
  savedSearches?: ReactNode;
  /** Under the saved searches: the record types, actors, incidents, witnesses (app/RecordsNav). */
  records?: ReactNode;
  /** The title of the case the list is limited to, if any. */
  caseTitle?: string | null;
  /** Under the list: the trash entry (features/trash). */
  footer?: ReactNode;
  /** Next to the title: actions on the selection (features/export). */
  actions?: ReactNode;
}

/** Left pane: filter box, sortable column headers and the virtualized article list. */
export function LibraryPane({ query, list, selectedId, onFilterChange, onSort, onSelect, onOpen, onDelete, cases, savedSearches, records, caseTitle, footer, actions }: LibraryPaneProps) {
  const filtering = query.filter.trim().length > 0;
  const count = list.items.length;
  return (
    <section className="pane library-pane" aria-labelledby="library-heading">
      {cases}
      {savedSearches}
      {records}
      <header className="pane-header library-header">
        <div className="pane-title-row">
          <h2 id="library-heading" className="pane-title">
            {caseTitle ? 'Articles in case' : 'Library'}
          </h2>
          <span className="pane-count" aria-live="polite">
            {list.loaded ? (filtering ? `${formatCount(count)} matching` : formatCount(count)) : ''}
          </span>
          {actions}
        </div>
        <FilterBox
          value={query.filter}
          onChange={onFilterChange}
          onLeaveDown={() => document.getElementById(LIBRARY_LIST_ID)?.focus()}
        />
      </header>
      <SortHeaders query={query} onSort={onSort} />
      {list.error ? (
        <p className="library-message library-message-error" role="alert">
          The library could not be read: {list.error}
        </p>
      ) : list.loaded && count === 0 ? (
        <p className="library-message">
          {filtering
            ? `No article matches “${query.filter.trim()}”${caseTitle ? ' in this case' : ''}. Press Escape in the filter box to clear it.`
            : caseTitle
              ? `No articles in “${caseTitle}” yet. Select an article in “All articles” and add it from the Cases section of the inspector.`
              : 'No articles yet.'}
        </p>
      ) : null}
      <LibraryList
        items={list.items}
        selectedId={selectedId}
        dateShown={dateColumn(query.sort)}
        busy={list.loading}
        onSelect={onSelect}
        onOpen={onOpen}
        onDelete={onDelete}
      />
      {footer}
    </section>
  );
}
