import type { ArticleSort } from '../../../src/shared/schemas/article';
import type { LibraryQuery } from './libraryQuery';

const columns: { sort: ArticleSort; label: string; className: string }[] = [
  { sort: 'title', label: 'Title', className: 'sort-title' },
  { sort: 'publisher', label: 'Publisher', className: 'sort-publisher' },
  { sort: 'publishedAt', label: 'Published', className: 'sort-date' },
  { sort: 'capturedAt', label: 'Captured', className: 'sort-date' },
];

function directionWords(sort: ArticleSort, direction: 'asc' | 'desc'): string {
  if (sort === 'title' || sort === 'publisher') return direction === 'asc' ? 'A to Z' : 'Z to A';
  return direction === 'asc' ? 'oldest first' : 'newest first';
}

/** Column headers that sort the list; the active one shows its direction. */
export function SortHeaders({ query, onSort }: { query: LibraryQuery; onSort: (sort: ArticleSort) => void }) {
  return (
    <div className="library-sort" role="group" aria-label="Sort articles">
      {columns.map((column) => {
        const active = query.sort === column.sort;
        return (
          <button
            key={column.sort}
            type="button"
            className={`library-sort-button ${column.className}${active ? ' is-active' : ''}`}
            aria-pressed={active}
            title={active ? `Sorted by ${column.label.toLowerCase()}, ${directionWords(column.sort, query.direction)}` : `Sort by ${column.label.toLowerCase()}`}
            onClick={() => onSort(column.sort)}
          >
            {column.label}
            <span className="library-sort-arrow" aria-hidden="true">
              {active ? (query.direction === 'asc' ? '↑' : '↓') : ''}
            </span>
            {active && <span className="visually-hidden">, {directionWords(column.sort, query.direction)}</span>}
          </button>
        );
      })}
    </div>
  );
}
