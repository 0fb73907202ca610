import { useMemo } from 'react';
import type { Command } from '../palette/commandTypes';
import { setSuggestionUi, SUGGESTIONS_HEADING_ID, useSuggestionUi } from './suggestionStore';

/** Focuses the suggestion list (its current row), showing the inspector first if it is hidden. */
function focusSuggestions(toggleInspector: () => void) {
  const focus = () => {
    const row = document.querySelector<HTMLElement>('[data-testid="suggestions"] [data-suggestion][tabindex="0"]');
    (row ?? document.getElementById(SUGGESTIONS_HEADING_ID))?.focus();
  };
  if (document.getElementById('pane-inspector')?.hidden) {
    toggleInspector();
    requestAnimationFrame(focus);
  } else focus();
}

/** Palette commands for suggestions: underlines on or off, vague quantities, and the list. */
export function useSuggestionCommands(toggleInspector: () => void): Command[] {
  const { underlines, vague } = useSuggestionUi();
  return useMemo(
    () => [
      {
        id: 'suggestions-underlines',
        label: underlines ? 'Hide suggestion underlines' : 'Show suggestion underlines',
        keywords: 'suggestions suggested figures quotes mentions dotted underline reader extraction',
        run: () => setSuggestionUi({ underlines: !underlines }),
      },
      {
        id: 'suggestions-vague',
        label: vague ? 'Leave vague quantities out of suggestions' : 'Include vague quantities in suggestions',
        keywords: 'dozens hundreds figures suggestions extraction',
        run: () => setSuggestionUi({ vague: !vague }),
      },
      {
        id: 'suggestions-focus',
        label: 'Go to suggestions',
        keywords: 'suggested figures quotes mentions accept dismiss list extraction',
        run: () => focusSuggestions(toggleInspector),
      },
    ],
    [underlines, vague, toggleInspector],
  );
}
