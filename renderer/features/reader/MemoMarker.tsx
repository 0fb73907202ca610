import { shortQuote } from '../highlights/textSpan';

interface MemoMarkerProps {
  highlightId: string;
  memo: string;
  color: string;
  onOpen: (id: string) => void;
}

/** A note symbol in the margin beside the line where a highlight with a memo begins. */
export function MemoMarker({ highlightId, memo, color, onOpen }: MemoMarkerProps) {
  return (
    <button
      type="button"
      className="memo-marker"
      style={{ color }}
      title={`Memo: ${memo}`}
      aria-label={`Memo: ${shortQuote(memo, 80)}`}
      data-memo-for={highlightId}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(highlightId)}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          d="M2.5 2.5h11a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H7l-3.2 2.6a.3.3 0 0 1-.5-.2V11.5h-.8a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1Z"
          fill="currentColor"
          fillOpacity="0.18"
          stroke="currentColor"
          strokeWidth="1.3"
          strokeLinejoin="round"
        />
        <path d="M5 5.5h6M5 8h4" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
      </svg>
    </button>
  );
}
