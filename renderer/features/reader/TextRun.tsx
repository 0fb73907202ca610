import type { MouseEvent } from 'react';
import { runStyle, type DrawnHighlight } from './highlightStyle';

interface TextRunProps {
  start: number;
  text: string;
  layers: DrawnHighlight[];
  selectedId: string | null;
  onPick?: (ids: string[], event: MouseEvent<HTMLElement>) => void;
  /** The reason(s) when the run is redacted: drawn struck through. */
  redacted?: string | null;
}

/**
 * One run of the reading text. Plain text is a <span>; text under highlights is a <mark> in their
 * colours, with their codes and memos as its tooltip, that selects them when clicked. `data-o`
 * (its position in the text) lets a DOM selection be mapped back to the text.
 */
export function TextRun({ start, text, layers, selectedId, onPick, redacted = null }: TextRunProps) {
  const redactedTitle = redacted ? `Redacted: ${redacted}` : undefined;
  if (layers.length === 0)
    return (
      <span data-o={start} className={redacted ? 'redacted' : undefined} title={redactedTitle}>
        {text}
      </span>
    );
  const ids = layers.filter((h) => h.status !== 'pending').map((h) => h.id);
  const classes = ['hl'];
  if (layers.some((h) => h.status === 'review')) classes.push('hl-review');
  if (selectedId && ids.includes(selectedId)) classes.push('hl-selected');
  if (ids.length > 1) classes.push('hl-overlap');
  if (ids.length === 0) classes.push('hl-pending');
  if (redacted) classes.push('redacted');
  return (
    <mark
      data-o={start}
      data-h={ids.join(' ') || undefined}
      className={classes.join(' ')}
      style={runStyle(layers, selectedId)}
      title={ids.length ? [redactedTitle, ...layers.map((h) => h.title)].filter(Boolean).join('\n') : redactedTitle}
      onClick={ids.length && onPick ? (event) => onPick(ids, event) : undefined}
    >
      {text}
    </mark>
  );
}
