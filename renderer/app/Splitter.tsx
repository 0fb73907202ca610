import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  /** The id of the pane it resizes. */
  controls: string;
  width: number;
  min: number;
  max: number;
  /** +1 when the pane is left of the splitter (moving right widens it), -1 when right of it. */
  side: 1 | -1;
  onResize: (width: number) => void;
}

const STEP = 16;
const BIG_STEP = 64;

/**
 * A draggable, keyboard-operable divider between panes (ARIA window splitter):
 * Left/Right move it 16 px (64 px with Shift), Home/End to the ends.
 */
export function Splitter({ label, controls, width, min, max, side, onResize }: SplitterProps) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { startX: event.clientX, startWidth: width };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!drag.current) return;
    onResize(drag.current.startWidth + side * (event.clientX - drag.current.startX));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, number> = { ArrowLeft: -step, ArrowRight: step };
    if (event.key in moves) onResize(width + side * moves[event.key]);
    else if (event.key === 'Home') onResize(side === 1 ? min : max);
    else if (event.key === 'End') onResize(side === 1 ? max : min);
    else return;
    event.preventDefault();
  }

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`${width} pixels wide`}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
