import { useId, type ReactNode } from 'react';
import { kindLabel } from './describeSuggestion';
import type { SuggestionKind } from './suggestionItems';

interface SuggestionGroupProps {
  kind: SuggestionKind;
  count: number;
  allTicked: boolean;
  onToggleAll: () => void;
  children: ReactNode;
}

/** A kind's heading with its count and "Select all", then its rows. */
export function SuggestionGroup({ kind, count, allTicked, onToggleAll, children }: SuggestionGroupProps) {
  const label = kindLabel[kind].many;
  const headingId = useId();
  return (
    <div className={`suggestion-group suggestion-kind-${kind}`}>
      <div className="suggestion-group-head">
        <h4 id={headingId} className="suggestion-group-title">
          <span className="suggestion-legend-line" aria-hidden="true" />
          {label} <span className="inspector-count">{count}</span>
        </h4>
        <button type="button" className="btn btn-small btn-quiet suggestion-select-all" onClick={onToggleAll}>
          {allTicked ? `Clear ${label.toLowerCase()}` : `Select all ${label.toLowerCase()}`}
        </button>
      </div>
      <ul className="suggestion-rows" aria-labelledby={headingId}>
        {children}
      </ul>
    </div>
  );
}
