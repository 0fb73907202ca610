import type { SearchRecordType } from '../../../src/shared/schemas/search';

const paths: Record<SearchRecordType, string> = {
  // A page with lines of text.
  article: 'M4 1.5h5.5L12.5 4.5V14.5H4z M9.5 1.5V4.5H12.5 M6 7h4.5 M6 9.5h4.5 M6 12h3',
  // A marker stroke over a line of text.
  highlight: 'M2 11.5h12 M3.5 5h9v4h-9z M2 14h8',
  // A note with a folded corner.
  memo: 'M2.5 2.5h11v8l-3 3h-8z M13.5 10.5h-3v3 M5 6h6 M5 8.5h4',
  // A folder.
  case: 'M1.5 4V13.5H14.5V5.5H8L6.5 3.5H1.5z',
  // A bar chart: a count.
  figure: 'M2 14.5h12 M3.5 14.5v-5h2v5 M7 14.5v-9h2v9 M10.5 14.5v-7h2v7',
  // Quotation marks.
  quote: 'M3 6.5h3v3H4.5L3.5 12 M9 6.5h3v3h-1.5L9.5 12',
  // A speech bubble: testimony.
  account: 'M2 3h12v8H7l-3 3v-3H2z',
  // A person.
  actor: 'M8 2.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5 M3 14c0-3 2.2-5 5-5s5 2 5 5',
  // A map pin: a place and time.
  incident: 'M8 14.5s-4.5-4.3-4.5-8a4.5 4.5 0 0 1 9 0c0 3.7-4.5 8-4.5 8z M8 5v2.5',
};

/** A small line icon for a record type; decorative (the type is also said in words). */
export function TypeIcon({ type }: { type: SearchRecordType }) {
  return (
    <svg className={`search-type-icon search-type-${type}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[type]} fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
