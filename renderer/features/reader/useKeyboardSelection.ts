import { useEffect } from 'react';

const STEPS: Record<string, { direction: 'forward' | 'backward'; unit: 'word' | 'sentence' }> = {
  ArrowRight: { direction: 'forward', unit: 'word' },
  ArrowLeft: { direction: 'backward', unit: 'word' },
  ArrowDown: { direction: 'forward', unit: 'sentence' },
  ArrowUp: { direction: 'backward', unit: 'sentence' },
};

/** The first paragraph of the reading text whose top is in view (where a keyboard selection starts). */
function firstVisibleParagraph(root: Element): Element | null {
  const paragraphs = Array.from(root.querySelectorAll('p'));
  return paragraphs.find((p) => p.getBoundingClientRect().bottom > 0 && p.getBoundingClientRect().top >= 0) ?? paragraphs[0] ?? null;
}

/**
 * Selecting text without a mouse: with the focus in the reader, Shift+Right and Shift+Left select
 * word by word, Shift+Down and Shift+Up sentence by sentence (in the text's own direction). With no
 * selection in the text yet, it starts at the first paragraph in view. The selection then opens the
 * selection bar as a mouse selection does (code, memo, figure, quote).
 */
export function useKeyboardSelection(readerId: string) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const step = STEPS[event.key];
      if (!step || !event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const reader = document.getElementById(readerId);
      const root = reader?.querySelector('.reader-text');
      const active = document.activeElement;
      if (!reader || !root || !(active === reader || active === document.body)) return;
      const selection = window.getSelection();
      if (!selection) return;
      const inText = selection.rangeCount > 0 && root.contains(selection.anchorNode);
      if (!inText) {
        const start = firstVisibleParagraph(root);
        if (!start) return;
        selection.collapse(start, 0);
      }
      event.preventDefault();
      selection.modify('extend', step.direction, step.unit);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [readerId]);
}
