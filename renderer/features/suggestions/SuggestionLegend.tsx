import { kindLabel } from './describeSuggestion';
import { KINDS } from './suggestionItems';
import { setSuggestionUi } from './suggestionStore';
import { useSuggestions } from './useSuggestions';
import './suggestionsReader.css';

/**
 * Under the byline: the Suggestions switch (dotted underlines on or off) and, as its legend, the
 * colour of each kind with how many are offered. Always one line high, so the text never moves.
 */
export function SuggestionLegend({ articleId }: { articleId: string }) {
  const { items, ui, loaded } = useSuggestions(articleId);
  // What is underlined: every mention of an actor counts, though the list groups them.
  const count = (kind: (typeof KINDS)[number]) => items.reduce((n, i) => n + (i.kind === kind ? i.spans.length : 0), 0);
  return (
    <div className={`suggestion-legend${ui.underlines ? '' : ' suggestion-legend-off'}`} data-testid="suggestion-legend">
      <button
        type="button"
        role="switch"
        aria-checked={ui.underlines}
        className="suggestion-switch"
        title={ui.underlines ? 'Hide the dotted underlines of suggested figures, quotes and mentions' : 'Underline suggested figures, quotes and mentions'}
        onClick={() => setSuggestionUi({ underlines: !ui.underlines })}
      >
        <span className="suggestion-switch-track" aria-hidden="true" />
        Suggestions
      </button>
      {loaded && items.length === 0 && <span className="suggestion-legend-none">none in this text</span>}
      {KINDS.map((kind) => {
        const n = count(kind);
        if (n === 0) return null;
        return (
          <span key={kind} className={`suggestion-legend-key suggestion-kind-${kind}`}>
            <span className="suggestion-legend-line" aria-hidden="true" />
            {n} {n === 1 ? kindLabel[kind].one.toLowerCase() : kindLabel[kind].many.toLowerCase()}
          </span>
        );
      })}
    </div>
  );
}
