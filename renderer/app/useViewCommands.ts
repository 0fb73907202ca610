import { useMemo } from 'react';
import type { Command } from '../features/palette/commandTypes';
import type { CaseWorkbench } from '../features/cases/useCaseWorkbench';
import { openQuoteDialog } from '../features/quotes/quoteDialogStore';
import { focusSearchBox } from '../features/search/SearchBox';
import { modKey } from '../lib/platform';
import type { CentreView } from './CentreViewSwitcher';
import { recordCommands } from './recordCommands';

interface ViewCommandOptions {
  showView: (view: CentreView) => void;
  focusCases: () => void;
  selectCase: (caseId: string | null) => void;
  cases: CaseWorkbench;
}

/** Palette commands for the centre views (reader, codebook, reports, figures, quotes, search) and for cases. */
export function useViewCommands({ showView, focusCases, selectCase, cases }: ViewCommandOptions): Command[] {
  const { selectedCase, openNew, openEdit, openDelete } = cases;
  return useMemo(
    () => [
      { id: 'view-codebook', label: 'Open codebook', keywords: 'codes categories definitions colours shortcut import export qdc refi', run: () => showView('codebook') },
      { id: 'view-reports', label: 'Open reports', keywords: 'retrieval coded segments frequency co-occurrence matrix table', run: () => showView('reports') },
      { id: 'view-figures', label: 'Open figures reconciliation', keywords: 'casualty figures counts killed reporters consistency chart timeline', run: () => showView('figures') },
      { id: 'view-quotes', label: 'Open quotes', keywords: 'quotes speakers statements list', run: () => showView('quotes') },
      ...recordCommands(showView),
      { id: 'quote-typed', label: 'New typed quote…', keywords: 'quote interview speaker record', run: () => openQuoteDialog({ kind: 'typed', caseId: selectedCase?.id ?? null }) },
      { id: 'view-reader', label: 'Show reader', keywords: 'article text read back', run: () => showView('reader') },
      { id: 'search', label: 'Search…', keywords: 'find full text words phrase articles highlights memos cases', shortcut: [modKey, 'F'], run: focusSearchBox },
      { id: 'view-search', label: 'Show search results', keywords: 'find query results saved searches', run: () => showView('search') },
      { id: 'case-new', label: 'New case…', keywords: 'create group articles', run: openNew },
      { id: 'focus-cases', label: 'Focus cases', keywords: 'case list library go', run: focusCases },
      { id: 'case-all', label: 'Show all articles', keywords: 'case filter reset clear library', disabled: !selectedCase, run: () => selectCase(null) },
      { id: 'case-edit', label: 'Edit case…', keywords: 'rename description', disabled: !selectedCase, run: () => selectedCase && openEdit(selectedCase) },
      { id: 'case-delete', label: 'Delete case…', keywords: 'remove trash', disabled: !selectedCase, run: () => selectedCase && openDelete(selectedCase) },
    ],
    [showView, focusCases, selectCase, selectedCase, openNew, openEdit, openDelete],
  );
}
