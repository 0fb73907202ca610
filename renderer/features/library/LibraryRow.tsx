import { memo } from 'react';
import type { ArticleSummary } from '../../../src/shared/schemas/article';
import { formatPublicationDate, formatTimestamp, languageBadge, languageName } from '../../lib/format';

export const ROW_HEIGHT = 52;

interface LibraryRowProps {
  article: ArticleSummary;
  index: number;
  setSize: number;
  top: number;
  selected: boolean;
  dateShown: 'capturedAt' | 'publishedAt';
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

export function rowDomId(id: string): string {
  return `article-row-${id}`;
}

/** One article in the library list: title, publisher, a date and the language. */
export const LibraryRow = memo(function LibraryRow({
  article,
  index,
  setSize,
  top,
  selected,
  dateShown,
  onSelect,
  onOpen,
}: LibraryRowProps) {
  const date =
    dateShown === 'capturedAt'
      ? formatPublicationDate(article.capturedAt)
      : formatPublicationDate(article.publishedAt);
  const dateTitle =
    dateShown === 'capturedAt'
      ? `Captured ${formatTimestamp(article.capturedAt)}`
      : article.publishedAt
        ? `Published ${formatPublicationDate(article.publishedAt, 'long')}`
        : 'No publication date';
  return (
    <div
      id={rowDomId(article.id)}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={selected ? 'list-row library-row is-selected' : 'list-row library-row'}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onMouseDown={(event) => {
        if (event.button === 0) onSelect(article.id);
      }}
      onDoubleClick={() => onOpen(article.id)}
    >
      <div className="library-row-line">
        <span className="library-row-title one-line" dir="auto">
          {article.title || 'Untitled'}
        </span>
        <span className="lang-badge" title={languageName(article.language)}>
          {languageBadge(article.language)}
        </span>
      </div>
      <div className="library-row-line library-row-meta">
        <span className="library-row-publisher" dir="auto">
          {article.publisher || article.author || '—'}
        </span>
        <span className="library-row-date" title={dateTitle}>
          {date || '—'}
        </span>
      </div>
    </div>
  );
});
