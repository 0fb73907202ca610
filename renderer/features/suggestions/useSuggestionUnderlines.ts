import { useLayoutEffect, type RefObject } from 'react';
import type { CodePointText } from '../../../src/shared/domain/code-points';
import { KINDS, type SuggestionItem, type SuggestionKind } from './suggestionItems';
import { indexRuns, textRange } from './textRanges';

const NAMES: Record<SuggestionKind, { plain: string; active: string }> = {
  figure: { plain: 'fn-suggest-figure', active: 'fn-suggest-figure-active' },
  quote: { plain: 'fn-suggest-quote', active: 'fn-suggest-quote-active' },
  mention: { plain: 'fn-suggest-mention', active: 'fn-suggest-mention-active' },
};

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/**
 * Draws suggestions as dotted underlines with the CSS Custom Highlight API: a layer of its own
 * over the text, so the text's DOM, its highlights (marks) and selection mapping stay exactly as
 * they are. The active item is underlined solid whether or not underlines are on. Redrawn whenever
 * the reader re-renders its runs (a new highlight, a correction).
 */
export function useSuggestionUnderlines(textRootRef: RefObject<HTMLElement | null>, text: CodePointText, items: readonly SuggestionItem[], underlines: boolean, activeId: string | null) {
  useLayoutEffect(() => {
    const root = textRootRef.current;
    if (!root || !supported()) return;
    const paint = () => {
      const index = indexRuns(root);
      const ranges = new Map<string, Range[]>();
      for (const item of items) {
        const names = NAMES[item.kind];
        const active = item.id === activeId;
        if (!underlines && !active) continue;
        for (const span of item.spans) {
          const range = textRange(index, text.toUtf16(span.start), text.toUtf16(span.end));
          if (!range) continue;
          const name = active ? names.active : names.plain;
          ranges.set(name, [...(ranges.get(name) ?? []), range]);
        }
      }
      for (const kind of KINDS) {
        for (const name of [NAMES[kind].plain, NAMES[kind].active]) {
          const list = ranges.get(name);
          if (!list) {
            CSS.highlights.delete(name);
            continue;
          }
          const highlight = new Highlight(...list);
          highlight.priority = name === NAMES[kind].active ? 2 : 1;
          CSS.highlights.set(name, highlight);
        }
      }
    };
    paint();
    const observer = new MutationObserver(paint);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      for (const kind of KINDS) {
        CSS.highlights.delete(NAMES[kind].plain);
        CSS.highlights.delete(NAMES[kind].active);
      }
    };
  }, [textRootRef, text, items, underlines, activeId]);
}
