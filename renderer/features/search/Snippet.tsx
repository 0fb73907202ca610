import type { SearchResult } from '../../../src/shared/schemas/search';

/**
 * A result's excerpt with the matched words in <mark>. The paragraph takes the direction of its
 * own text (dir="auto"), so an Arabic excerpt reads right to left inside an English list.
 */
export function Snippet({ parts }: { parts: SearchResult['snippet'] }) {
  return (
    <p className="search-snippet" dir="auto">
      {parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="search-mark">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
