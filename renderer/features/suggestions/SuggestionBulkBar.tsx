interface SuggestionBulkBarProps {
  count: number;
  onAccept: () => void;
  onDismiss: () => void;
  onClear: () => void;
}

/** What to do with the ticked suggestions; stays in view while the list scrolls. */
export function SuggestionBulkBar({ count, onAccept, onDismiss, onClear }: SuggestionBulkBarProps) {
  return (
    <div className="suggestion-bulk" role="toolbar" aria-label="Selected suggestions">
      <span className="suggestion-bulk-count" aria-live="polite">
        {count} selected
      </span>
      <button type="button" className="btn btn-small btn-primary" aria-label="Accept selected" onClick={onAccept}>
        Accept
      </button>
      <button type="button" className="btn btn-small" aria-label="Dismiss selected" onClick={onDismiss}>
        Dismiss
      </button>
      <button type="button" className="btn btn-small btn-quiet btn-icon" aria-label="Clear the selection" title="Clear the selection" onClick={onClear}>
        ×
      </button>
    </div>
  );
}
