/** A span of the reading text in code points, with the text it covers. */
export interface TextSpan {
  start: number;
  end: number;
  exact: string;
}

/** A quote shortened for a label: "According to the Syrian…" */
export function shortQuote(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : flat;
}

/** Brings a drawn highlight into view in the reader unless it is already (no-op when it is not drawn). */
export function scrollToHighlight(id: string): void {
  const mark = document.querySelector<HTMLElement>(`#reader mark[data-h~="${CSS.escape(id)}"]`);
  const reader = document.getElementById('reader');
  if (!mark || !reader) return;
  const box = reader.getBoundingClientRect();
  const at = mark.getBoundingClientRect();
  if (at.top >= box.top + 8 && at.bottom <= box.bottom - 8) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}
