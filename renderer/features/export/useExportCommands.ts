import { useMemo } from 'react';
import type { Command } from '../palette/commandTypes';
import { openExportFor, type ScopeContext } from './exportDialogStore';

/** The palette's "Export…": found by export, print, docx, csv, markdown, report, pdf and the other formats' words. */
export function useExportCommands(context: ScopeContext): Command[] {
  return useMemo(
    () => [{ id: 'export', label: 'Export…', keywords: 'export print docx word memo csv xlsx excel spreadsheet markdown report pdf html json save download share', run: () => openExportFor(context) }],
    [context],
  );
}
