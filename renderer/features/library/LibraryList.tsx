import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleSummary } from '../../../src/shared/schemas/article';
import { indexAfterKey } from './listNavigation';
import { LibraryRow, ROW_HEIGHT, rowDomId } from './LibraryRow';

export const LIBRARY_LIST_ID = 'library-list';

interface LibraryListProps {
  items: ArticleSummary[];
  selectedId: string | null;
  dateShown: 'capturedAt' | 'publishedAt';
  busy: boolean;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  /** Delete (or Backspace): ask to move the selected article to the trash. */
  onDelete?: (id: string) => void;
}

/**
 * The article list as one focusable listbox. Only the rows in view are in the DOM, so 10,000
 * articles scroll like 10. The selection follows the keyboard (Up, Down, Home, End, Page Up,
 * Page Down), Enter opens the selected article in the reader and Delete offers to trash it.
 */
export function LibraryList({ items, selectedId, dateShown, busy, onSelect, onOpen, onDelete }: LibraryListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => items[index]?.id ?? index,
  });

  const selectedIndex = selectedId ? items.findIndex((a) => a.id === selectedId) : -1;

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' && selectedId) {
      event.preventDefault();
      onOpen(selectedId);
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && selectedId && onDelete) {
      event.preventDefault();
      onDelete(selectedId);
      return;
    }
    const pageSize = Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT);
    const next = indexAfterKey(event.key, selectedIndex, items.length, pageSize);
    if (next === null) return;
    event.preventDefault();
    const article = items[next];
    if (article) onSelect(article.id);
  }

  return (
    <div
      id={LIBRARY_LIST_ID}
      ref={scrollRef}
      className="library-list"
      role="listbox"
      tabIndex={0}
      aria-label="Articles"
      aria-busy={busy}
      aria-activedescendant={selectedIndex >= 0 ? rowDomId(items[selectedIndex].id) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="library-list-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const article = items[row.index];
          return (
            <LibraryRow
              key={row.key}
              article={article}
              index={row.index}
              setSize={items.length}
              top={row.start}
              selected={article.id === selectedId}
              dateShown={dateShown}
              onSelect={onSelect}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}
