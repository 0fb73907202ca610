import { useCallback } from 'react';
import { ReporterChooser } from './ReporterChooser';
import { SuggestionBulkBar } from './SuggestionBulkBar';
import type { SuggestionItem } from './suggestionItems';
import { SuggestionList } from './SuggestionList';
import { setSuggestionUi, SUGGESTIONS_HEADING_ID } from './suggestionStore';
import { useSuggestionActions } from './useSuggestionActions';
import { useSuggestions } from './useSuggestions';
import { useSuggestionSelection } from './useSuggestionSelection';
import './suggestions.css';

/**
 * The open article's suggested figures, quotes and actor mentions, grouped by kind, with what
 * accepting each would record. Accept or dismiss one, or tick several; choose the reporter for
 * figures that name none; include vague quantities; offer dismissed ones again.
 */
export function SuggestionsSection({ articleId }: { articleId: string }) {
  const { items, actors, chosenReporter, loaded, error: loadError, ui } = useSuggestions(articleId);
  const actions = useSuggestionActions(articleId);
  const selection = useSuggestionSelection(items);
  const unnamed = items.filter((i) => i.reporter && i.reporter.source !== 'text').length;
  const needsReporter = items.some((i) => i.reporter?.source === 'missing');

  const accept = useCallback((targets: SuggestionItem[]) => actions.accept(targets), [actions]);
  const dismiss = useCallback((targets: SuggestionItem[]) => actions.dismiss(targets), [actions]);

  return (
    <section className="inspector-section suggestions-section" aria-labelledby={SUGGESTIONS_HEADING_ID} data-testid="suggestions">
      <h3 id={SUGGESTIONS_HEADING_ID} className="inspector-section-title" tabIndex={-1}>
        Suggestions <span className="inspector-count">{items.length}</span>
      </h3>
      {items.some((i) => i.kind === 'figure') && <ReporterChooser actors={actors} chosen={chosenReporter} unnamed={unnamed} invalid={Boolean(ui.error) && needsReporter} />}
      <label className="suggestion-option">
        <input type="checkbox" checked={ui.vague} onChange={(e) => setSuggestionUi({ vague: e.target.checked })} />
        Include vague quantities (dozens, hundreds)
      </label>
      {(ui.error ?? loadError) && (
        <p className="suggestion-error" role="alert">
          {ui.error ?? `Suggestions could not be loaded: ${loadError}`}
        </p>
      )}
      {selection.selected.length > 0 && (
        <SuggestionBulkBar
          count={selection.selected.length}
          onAccept={() => void accept(selection.selected)}
          onDismiss={() => void dismiss(selection.selected)}
          onClear={selection.clear}
        />
      )}
      <SuggestionList items={items} activeId={ui.activeId} selection={selection} onAccept={accept} onDismiss={dismiss} />
      {items.length === 0 && <p className="field-hint">{loaded ? 'Nothing left to suggest in this text.' : 'Looking for figures, quotes and mentions…'}</p>}
      <div className="suggestion-footer">
        <button type="button" className="btn btn-small btn-quiet" onClick={() => void actions.restore()}>
          Show dismissed again
        </button>
        {items.length > 0 && (
          <span className="suggestion-keys" aria-hidden="true">
            <kbd>↑</kbd>
            <kbd>↓</kbd> move · <kbd>Space</kbd> select · <kbd>↵</kbd> accept · <kbd>Del</kbd> dismiss
          </span>
        )}
      </div>
    </section>
  );
}
