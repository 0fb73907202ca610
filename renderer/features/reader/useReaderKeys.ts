import { useEffect, useLayoutEffect, useRef } from 'react';
import type { CodeEntry, CodeIndex } from '../highlights/codeIndex';

interface ReaderKeys {
  /** The reader (scroll container) and the selection bar, where these keys apply. */
  readerId: string;
  hasSelection: boolean;
  barBusy: boolean;
  codes: CodeIndex;
  onShortcut: (entry: CodeEntry) => void;
  onOpenPicker: () => void;
  onFocusBar: () => void;
  onClearSelection: () => void;
  onStep: (direction: 1 | -1) => void;
  onDeselect: () => void;
  onDelete: () => void;
}

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Keys while reading (focus in the reader or on the page, never in a text field):
 * with text selected, a code's key (1-9, a-z) applies that code, Enter opens the code picker, Tab
 * moves into the selection bar and Escape drops the selection; without, ] and [ step through the
 * highlights, Escape deselects and Delete moves the selected highlight to the trash (undoable).
 */
export function useReaderKeys(keys: ReaderKeys) {
  const latest = useRef(keys);
  useLayoutEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const k = latest.current;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const active = document.activeElement;
      const inReader = !active || active === document.body || Boolean(document.getElementById(k.readerId)?.contains(active));
      if (!inReader) return;
      if (k.hasSelection && !k.barBusy) {
        const entry = event.key.length === 1 ? k.codes.byShortcut.get(event.key.toLowerCase()) : undefined;
        if (entry && !event.shiftKey) {
          event.preventDefault();
          k.onShortcut(entry);
        } else if (event.key === 'Enter' && (active === document.body || active?.id === k.readerId)) {
          event.preventDefault();
          k.onOpenPicker();
        } else if (event.key === 'Tab' && !event.shiftKey && (active === document.body || active?.id === k.readerId)) {
          event.preventDefault();
          k.onFocusBar();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          k.onClearSelection();
        }
        return;
      }
      if (k.hasSelection) return;
      if (event.key === ']' || event.key === '[') {
        event.preventDefault();
        k.onStep(event.key === ']' ? 1 : -1);
      } else if (event.key === 'Escape') {
        k.onDeselect();
      } else if (event.key === 'Delete' && active?.id === k.readerId) {
        event.preventDefault();
        k.onDelete();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
