import { useEffect, useRef } from 'react';

export interface GlobalShortcuts {
  /** Ctrl/Cmd+K */
  togglePalette: () => void;
  /** Ctrl/Cmd+F anywhere; "/" outside text fields */
  focusSearch: () => void;
}

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Window-wide keys: Ctrl/Cmd+K opens the command palette; Ctrl/Cmd+F and "/" jump to the search box. */
export function useGlobalShortcuts(shortcuts: GlobalShortcuts) {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        latest.current.togglePalette();
      } else if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        latest.current.focusSearch();
      } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target)) {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        latest.current.focusSearch();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
