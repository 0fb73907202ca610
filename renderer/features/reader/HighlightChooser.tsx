import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Highlight } from '../../../src/shared/schemas/highlight';
import type { CodeIndex } from '../highlights/codeIndex';
import { codesLabel, highlightColor } from '../highlights/highlightLabel';
import { shortQuote } from '../highlights/textSpan';

interface HighlightChooserProps {
  top: number;
  left: number;
  highlights: Highlight[];
  codes: CodeIndex;
  onChoose: (id: string) => void;
  onClose: () => void;
}

/** Clicking text under several highlights: a short menu to choose which one to open. */
export function HighlightChooser({ top, left, highlights, codes, onChoose, onClose }: HighlightChooserProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [onClose]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step) {
      event.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  }

  return (
    <div ref={ref} className="highlight-chooser" style={{ top, left }} role="menu" aria-label="Highlights here" onKeyDown={onKeyDown}>
      <p className="highlight-chooser-title" aria-hidden="true">
        {highlights.length} highlights here
      </p>
      {highlights.map((h) => (
        <button key={h.id} type="button" role="menuitem" className="highlight-chooser-item" onClick={() => onChoose(h.id)}>
          <span className="code-swatch" style={{ backgroundColor: highlightColor(h, codes) }} aria-hidden="true" />
          <span className="highlight-chooser-text">
            <span className="highlight-chooser-codes">{codesLabel(h, codes)}</span>
            <span className="highlight-chooser-quote" dir="auto">
              {shortQuote(h.exact, 60)}
            </span>
          </span>
        </button>
      ))}
    </div>
  );
}
