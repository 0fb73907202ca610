import { useEffect, useRef } from 'react';

export interface GlobalShortcuts {
  /** Ctrl/Cmd+K */
  togglePalette: () => void;
  /** "/" outside text fields */
  focusFilter: () => void;
}

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Window-wide keys: Ctrl/Cmd+K opens the command palette; "/" jumps to the library filter. */
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
      } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target)) {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        latest.current.focusFilter();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
