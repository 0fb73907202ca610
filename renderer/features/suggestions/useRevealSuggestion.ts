import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { CodePointText } from '../../../src/shared/domain/code-points';
import type { SuggestionItem } from './suggestionItems';
import { indexRuns, textRange } from './textRanges';

/** Scrolls the reader to the active item's text each time the list asks (revealTick), unless it is in view. */
export function useRevealSuggestion(textRootRef: RefObject<HTMLElement | null>, text: CodePointText, items: readonly SuggestionItem[], activeId: string | null, revealTick: number) {
  const latest = useRef({ text, items, activeId });
  useLayoutEffect(() => {
    latest.current = { text, items, activeId };
  });
  useEffect(() => {
    const root = textRootRef.current;
    const { text: cp, items: all, activeId: id } = latest.current;
    const span = all.find((i) => i.id === id)?.spans[0];
    const scroller = root?.closest<HTMLElement>('.reader-scroll');
    if (!revealTick || !root || !span || !scroller) return;
    const range = textRange(indexRuns(root), cp.toUtf16(span.start), cp.toUtf16(span.end));
    if (!range) return;
    const view = scroller.getBoundingClientRect();
    const at = range.getBoundingClientRect();
    if (at.top >= view.top + 24 && at.bottom <= view.bottom - 24) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    scroller.scrollBy({ top: at.top - view.top - view.height / 2 + at.height / 2, behavior: smooth ? 'smooth' : 'auto' });
  }, [textRootRef, revealTick]);
}
