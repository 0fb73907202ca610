import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { CodePointText } from '../../../src/shared/domain/code-points';
import type { TextSpan } from '../highlights/textSpan';
import { rangeToTextOffsets } from './selectionOffsets';

/** The reader's text selection: the span it covers and where it is drawn (relative to the canvas). */
export interface ReaderSelection {
  span: TextSpan;
  /** Top of the first line and bottom and start of the last line, in canvas coordinates. */
  top: number;
  bottom: number;
  left: number;
}

interface Options {
  canvasRef: RefObject<HTMLElement | null>;
  textRootRef: RefObject<HTMLElement | null>;
  /** The floating bar: while focus is inside it, the selection it acts on is kept. */
  barRef: RefObject<HTMLElement | null>;
  text: CodePointText;
  /** Called with every new selection in the text, and null when a click in the reader clears it. */
  onChange: (span: TextSpan | null) => void;
}

function measure(range: Range, canvas: HTMLElement) {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  const box = canvas.getBoundingClientRect();
  const first = rects[0] ?? range.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  return { top: first.top - box.top, bottom: last.bottom - box.top, left: last.left - box.left };
}

/**
 * Follows the document selection and maps it to code points of the reading text (clamped to the
 * text, trimmed of whitespace). Works for mouse, keyboard and programmatic selections: it listens
 * to selectionchange (settled), mouseup and keyup, and waits while a mouse drag is in progress.
 */
export function useReaderSelection({ canvasRef, textRootRef, barRef, text, onChange }: Options) {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const latest = useRef({ text, onChange });
  useLayoutEffect(() => {
    latest.current = { text, onChange };
  });

  const read = useCallback(() => {
    const canvas = canvasRef.current;
    const root = textRootRef.current;
    if (!canvas || !root) return;
    const bar = barRef.current;
    if (bar && bar.contains(document.activeElement)) return; // Coding the selection: keep it.
    const sel = window.getSelection();
    const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
    if (!range || range.collapsed || !range.intersectsNode(root)) {
      setSelection(null);
      if (range && range.collapsed && canvas.contains(range.startContainer)) latest.current.onChange(null);
      return;
    }
    const { text: cp } = latest.current;
    const offsets = rangeToTextOffsets(range, root, cp.text);
    if (!offsets) {
      setSelection(null);
      return;
    }
    const start = cp.toCodePoint(offsets.start);
    const end = cp.toCodePoint(offsets.end);
    const span = { start, end, exact: cp.slice(start, end) };
    setSelection({ span, ...measure(range, canvas) });
    latest.current.onChange(span);
  }, [canvasRef, textRootRef, barRef]);

  useEffect(() => {
    let dragging = false;
    let timer = 0;
    const settle = () => {
      window.clearTimeout(timer);
      if (!dragging) timer = window.setTimeout(read, 90);
    };
    const onDown = (event: PointerEvent) => {
      if (canvasRef.current?.contains(event.target as Node) && !barRef.current?.contains(event.target as Node)) dragging = true;
    };
    const onUp = () => {
      dragging = false;
      window.clearTimeout(timer);
      requestAnimationFrame(read);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key.startsWith('Arrow') || event.key === 'Shift') settle();
    };
    document.addEventListener('selectionchange', settle);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    document.addEventListener('mouseup', onUp, true);
    document.addEventListener('keyup', onKeyUp, true);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('selectionchange', settle);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      document.removeEventListener('mouseup', onUp, true);
      document.removeEventListener('keyup', onKeyUp, true);
    };
  }, [read, canvasRef, barRef]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection, clear, refresh: read };
}
