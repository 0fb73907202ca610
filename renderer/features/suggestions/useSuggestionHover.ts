import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { CodePointText } from '../../../src/shared/domain/code-points';
import { itemAt, type SuggestionItem } from './suggestionItems';
import { setSuggestionUi } from './suggestionStore';
import { characterAt } from './textRanges';

export interface SuggestionHover {
  item: SuggestionItem;
  /** Top of the hovered line and the pointer's x, relative to the canvas. */
  top: number;
  left: number;
}

interface Options {
  canvasRef: RefObject<HTMLElement | null>;
  textRootRef: RefObject<HTMLElement | null>;
  text: CodePointText;
  items: readonly SuggestionItem[];
  enabled: boolean;
}

/**
 * The suggestion under the pointer (at most one look-up a frame), for the hover card; none while a
 * button is held (selecting text). A click on a suggestion's text makes it the active item of the
 * list; a click on other text clears that.
 */
export function useSuggestionHover({ canvasRef, textRootRef, text, items, enabled }: Options): SuggestionHover | null {
  const [hover, setHover] = useState<SuggestionHover | null>(null);
  const latest = useRef({ text, items });
  useLayoutEffect(() => {
    latest.current = { text, items };
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !enabled) {
      setHover(null);
      return;
    }
    let frame = 0;
    let point: { x: number; y: number } | null = null;
    const find = (x: number, y: number) => {
      const root = textRootRef.current;
      const hit = root ? characterAt(root, x, y) : null;
      if (!hit) return null;
      const item = itemAt(latest.current.items, latest.current.text.toCodePoint(hit.at));
      return item ? { item, box: hit.box } : null;
    };
    const probe = () => {
      frame = 0;
      if (!point) return;
      const found = find(point.x, point.y);
      const box = canvas.getBoundingClientRect();
      const left = point.x - box.left;
      setHover((prev) => {
        if (!found) return null;
        const top = found.box.top - box.top;
        return prev && prev.item.id === found.item.id && prev.top === top ? prev : { item: found.item, top, left };
      });
    };
    const onMove = (event: PointerEvent) => {
      point = event.buttons === 0 ? { x: event.clientX, y: event.clientY } : null;
      if (!point) setHover(null);
      else if (!frame) frame = requestAnimationFrame(probe);
    };
    const onLeave = () => {
      point = null;
      setHover(null);
    };
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const found = find(event.clientX, event.clientY);
      setSuggestionUi({ activeId: found?.item.id ?? null });
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('click', onClick);
    return () => {
      cancelAnimationFrame(frame);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('click', onClick);
    };
  }, [canvasRef, textRootRef, enabled]);

  // An item that was accepted or dismissed while hovered leaves with its card.
  return hover && items.some((i) => i.id === hover.item.id) ? hover : null;
}
