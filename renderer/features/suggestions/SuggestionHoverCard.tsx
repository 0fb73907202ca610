import { describeItem } from './describeSuggestion';
import type { SuggestionHover } from './useSuggestionHover';

const WIDTH = 340;

/** What accepting the suggestion under the pointer would record; drawn above its line, never in the way. */
export function SuggestionHoverCard({ hover, canvasWidth }: { hover: SuggestionHover; canvasWidth: number }) {
  const { item } = hover;
  const left = Math.max(8, Math.min(hover.left - 24, canvasWidth - WIDTH - 8));
  return (
    <div className={`suggestion-card suggestion-kind-${item.kind}`} role="tooltip" data-testid="suggestion-card" style={{ top: hover.top, left }}>
      <p className="suggestion-card-what" dir="auto">
        <span className="suggestion-swatch" aria-hidden="true" />
        {describeItem(item)}
      </p>
      {item.suggestion.kind === 'figure' && item.suggestion.why ? (
        <p className="suggestion-card-hint suggestion-card-why" data-testid="suggestion-why" dir="auto">
          Why: {item.suggestion.why}
        </p>
      ) : null}
      <p className="suggestion-card-hint">Suggested · accept or dismiss it in the Suggestions list</p>
    </div>
  );
}
