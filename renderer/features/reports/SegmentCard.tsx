import type { CSSProperties } from 'react';
import type { CodeWithCounts } from '../../../src/shared/schemas/code';
import type { CodedSegment } from '../../../src/shared/schemas/highlight';
import './segments.css';

interface SegmentCardProps {
  segment: CodedSegment;
  /** The code asked for: its colour marks the segment. */
  colour: string;
  codesById: ReadonlyMap<string, CodeWithCounts>;
  onOpen: (articleId: string, highlightId: string) => void;
}

/** Context shown on each side of a segment, in characters (the server sends a little more). */
const CONTEXT = 110;

/** The last CONTEXT characters before the segment, from a word start, with an ellipsis if the text goes on. */
function contextBefore(text: string): string {
  if (text.length <= CONTEXT) return text;
  return `…${text.slice(-CONTEXT).replace(/^\S*\s/, '')}`;
}

function contextAfter(text: string): string {
  if (text.length <= CONTEXT) return text;
  return `${text.slice(0, CONTEXT).replace(/\s\S*$/, '')}…`;
}

/** One retrieved segment: its article, the text in context (the segment in the code's colour), its codes and memo. */
export function SegmentCard({ segment, colour, codesById, onOpen }: SegmentCardProps) {
  const codes = segment.codeIds.map((id) => codesById.get(id)).filter((c): c is CodeWithCounts => Boolean(c));
  return (
    <li className="segment" style={{ '--code': colour } as CSSProperties}>
      <div className="segment-head">
        <h4 className="segment-article" dir="auto">
          {segment.articleTitle}
        </h4>
        <button type="button" className="btn btn-small" onClick={() => onOpen(segment.articleId, segment.highlightId)} aria-label={`Open “${segment.articleTitle}” in the reader`}>
          Open in reader
        </button>
      </div>
      <p className="segment-text" dir="auto">
        <span className="segment-context">{contextBefore(segment.before)}</span>
        <mark className="segment-exact">{segment.exact}</mark>
        <span className="segment-context">{contextAfter(segment.after)}</span>
      </p>
      <div className="segment-foot">
        <ul className="segment-codes" aria-label="Codes on this segment">
          {codes.map((c) => (
            <li key={c.id} className="segment-code">
              <span className="code-swatch" style={{ '--swatch': c.color } as CSSProperties} aria-hidden="true" />
              {c.name}
            </li>
          ))}
        </ul>
      </div>
      {segment.memo && (
        <p className="segment-memo" dir="auto">
          <span className="segment-memo-label">Memo</span> {segment.memo}
        </p>
      )}
    </li>
  );
}
