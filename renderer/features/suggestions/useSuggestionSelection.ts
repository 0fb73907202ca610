import { useCallback, useMemo, useRef, useState } from 'react';
import type { SuggestionItem, SuggestionKind } from './suggestionItems';

/**
 * The ticked items of the list. A shift-click (or Shift with the arrow keys) ticks or unticks
 * everything from the last item ticked to this one, as in a file manager. Items that leave the list
 * (accepted, dismissed) leave the selection.
 */
export function useSuggestionSelection(items: readonly SuggestionItem[]) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);

  const selected = useMemo(() => items.filter((i) => ticked.has(i.id)), [items, ticked]);

  const toggle = useCallback(
    (id: string, on: boolean, extend: boolean) => {
      const from = extend && anchor.current ? items.findIndex((i) => i.id === anchor.current) : -1;
      const to = items.findIndex((i) => i.id === id);
      const ids = from === -1 || to === -1 ? [id] : items.slice(Math.min(from, to), Math.max(from, to) + 1).map((i) => i.id);
      setTicked((prev) => {
        const next = new Set(prev);
        for (const x of ids) {
          if (on) next.add(x);
          else next.delete(x);
        }
        return next;
      });
      if (!extend || !anchor.current) anchor.current = id;
    },
    [items],
  );

  /** "Select all figures": ticks every item of a kind, or unticks them when all are ticked. */
  const toggleKind = useCallback(
    (kind: SuggestionKind) => {
      const ids = items.filter((i) => i.kind === kind).map((i) => i.id);
      setTicked((prev) => {
        const next = new Set(prev);
        const all = ids.every((x) => prev.has(x));
        for (const x of ids) {
          if (all) next.delete(x);
          else next.add(x);
        }
        return next;
      });
    },
    [items],
  );

  const clear = useCallback(() => {
    setTicked(new Set());
    anchor.current = null;
  }, []);

  const isTicked = useCallback((id: string) => ticked.has(id), [ticked]);
  return { selected, isTicked, toggle, toggleKind, clear };
}

export type SuggestionSelection = ReturnType<typeof useSuggestionSelection>;
