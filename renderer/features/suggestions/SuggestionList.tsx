import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { KINDS, type SuggestionItem } from './suggestionItems';
import { revealSuggestion, SUGGESTIONS_HEADING_ID } from './suggestionStore';
import { SuggestionGroup } from './SuggestionGroup';
import { SuggestionRow } from './SuggestionRow';
import type { SuggestionSelection } from './useSuggestionSelection';

interface SuggestionListProps {
  items: SuggestionItem[];
  activeId: string | null;
  selection: SuggestionSelection;
  /** Each resolves to whether it succeeded. */
  onAccept: (items: SuggestionItem[]) => Promise<boolean>;
  onDismiss: (items: SuggestionItem[]) => Promise<boolean>;
}

/**
 * The suggestions grouped by kind (items come in that order). One tab stop; ↑ ↓ Home End move
 * between rows (with Shift they tick as they go), Space ticks, Enter accepts and Delete dismisses:
 * the ticked items when the row is one of them, otherwise the row alone. Focus then moves on to
 * the next row, or to the heading when none is left.
 */
export function SuggestionList({ items, activeId, selection, onAccept, onDismiss }: SuggestionListProps) {
  const baseId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  const domId = (i: number) => `${baseId}-s${i}`;
  const current = items.some((i) => i.id === activeId) ? activeId : (items[0]?.id ?? null);

  // After rows leave, focus the one that followed them (or the list's end), never the page.
  useEffect(() => {
    const wanted = focusNext.current;
    if (wanted === null) return;
    focusNext.current = null;
    const rows = Array.from(listRef.current?.querySelectorAll<HTMLInputElement>('[data-suggestion]') ?? []);
    const target = rows.find((r) => r.dataset.suggestion === wanted) ?? rows[rows.length - 1];
    if (target) target.focus();
    else document.getElementById(SUGGESTIONS_HEADING_ID)?.focus();
  }, [items]);

  // A click on suggested text in the reader brings its row into view.
  useEffect(() => {
    if (activeId) listRef.current?.querySelector(`[data-suggestion="${CSS.escape(activeId)}"]`)?.closest('li')?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  /** From the keyboard an action takes the ticked items when the row is one of them; a row's button takes its row. */
  function act(item: SuggestionItem, action: (items: SuggestionItem[]) => Promise<boolean>, withTicked: boolean) {
    const targets = withTicked && selection.isTicked(item.id) ? selection.selected : [item];
    const gone = new Set(targets.map((t) => t.id));
    const at = items.indexOf(item);
    focusNext.current = items.slice(at).find((i) => !gone.has(i.id))?.id ?? [...items.slice(0, at)].reverse().find((i) => !gone.has(i.id))?.id ?? '';
    // Refused (no reporter, say): the row is back, and so is focus.
    void action(targets).then((done) => {
      if (!done) listRef.current?.querySelector<HTMLInputElement>(`[data-suggestion="${CSS.escape(item.id)}"]`)?.focus();
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const id = (event.target as HTMLElement).dataset.suggestion;
    const at = items.findIndex((i) => i.id === id);
    if (at === -1 || event.ctrlKey || event.metaKey || event.altKey) return;
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const next = items[Math.max(0, Math.min(items.length - 1, move))];
      if (event.shiftKey) {
        if (!selection.isTicked(items[at].id)) selection.toggle(items[at].id, true, false);
        selection.toggle(next.id, true, true);
      }
      listRef.current?.querySelector<HTMLInputElement>(`[data-suggestion="${CSS.escape(next.id)}"]`)?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      act(items[at], onAccept, true);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      act(items[at], onDismiss, true);
    }
  }

  return (
    <div ref={listRef} className="suggestion-list" hidden={items.length === 0} onKeyDown={onKeyDown}>
      {KINDS.map((kind) => {
        const ofKind = items.filter((i) => i.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <SuggestionGroup key={kind} kind={kind} count={ofKind.length} allTicked={ofKind.every((i) => selection.isTicked(i.id))} onToggleAll={() => selection.toggleKind(kind)}>
            {ofKind.map((item) => (
              <SuggestionRow
                key={item.id}
                item={item}
                domId={domId(items.indexOf(item))}
                ticked={selection.isTicked(item.id)}
                active={item.id === activeId}
                tabStop={item.id === current}
                onTick={(on, extend) => selection.toggle(item.id, on, extend)}
                onFocus={() => revealSuggestion(item.id)}
                onAccept={() => act(item, onAccept, false)}
                onDismiss={() => act(item, onDismiss, false)}
              />
            ))}
          </SuggestionGroup>
        );
      })}
    </div>
  );
}
