import { useMemo } from 'react';
import type { Command } from '../features/palette/commandTypes';
import { useSuggestionCommands } from '../features/suggestions/useSuggestionCommands';

export interface AppActions {
  importFiles: () => void;
  importProject: () => void;
  pasteText: () => void;
  loadDemo: () => void;
  focusLibrary: () => void;
  focusFilter: () => void;
  focusReader: () => void;
  toggleInspector: () => void;
  loadingDemo: boolean;
}

/** Every action the command palette offers. */
export function useAppCommands(actions: AppActions): Command[] {
  const suggestionCommands = useSuggestionCommands(actions.toggleInspector);
  return useMemo(
    () => [
      { id: 'import-files', label: 'Import files…', keywords: 'add open upload txt html pdf docx markdown', run: actions.importFiles },
      { id: 'import-project', label: 'Import a REFI-QDA project…', keywords: 'qdpx nvivo atlas.ti maxqda qualcoder qda coded project open', run: actions.importProject },
      { id: 'paste-text', label: 'Paste text…', keywords: 'import clipboard arabic new article', run: actions.pasteText },
      { id: 'load-demo', label: 'Load demo case', keywords: 'example sample coastal syria march 2025', disabled: actions.loadingDemo, run: actions.loadDemo },
      { id: 'focus-library', label: 'Focus library', keywords: 'list articles go', run: actions.focusLibrary },
      { id: 'focus-filter', label: 'Filter library', keywords: 'narrow list title publisher author', run: actions.focusFilter },
      { id: 'focus-reader', label: 'Focus reader', keywords: 'text read go', run: actions.focusReader },
      { id: 'toggle-inspector', label: 'Toggle inspector', keywords: 'metadata provenance show hide panel', run: actions.toggleInspector },
      ...suggestionCommands,
    ],
    [actions, suggestionCommands],
  );
}

