import type { ExportScope } from '../../../src/shared/schemas/export';
import { createRequestStore } from '../figures/requestStore';

/** One thing the dialog can export: "The case “Coastal killings”", "The selected article", "The whole workspace". */
export interface ScopeChoice {
  id: string;
  label: string;
  scope: ExportScope;
}

/** What to offer, and which one is chosen first (the place the dialog was opened from). */
export interface ExportDialogRequest {
  choices: ScopeChoice[];
  initial: string;
}

const store = createRequestStore<ExportDialogRequest>();

export const openExportDialog = store.open;
export const closeExportDialog = store.close;
export const useExportDialogRequest = store.useRequest;

export interface ScopeContext {
  selectedCase?: { id: string; title: string } | null;
  article?: { id: string; title: string } | null;
  /** The articles the library lists (a filter, or a case). */
  listed?: string[];
  code?: { id: string; name: string } | null;
}

const quoted = (title: string) => `“${title.length > 60 ? `${title.slice(0, 59)}…` : title}”`;

/** The scopes that make sense where the dialog is opened, most specific first; the whole workspace always. */
export function scopeChoices(context: ScopeContext): ScopeChoice[] {
  const choices: ScopeChoice[] = [];
  const { selectedCase, article, listed, code } = context;
  if (code) choices.push({ id: 'code', label: `Segments coded ${quoted(code.name)} (with its sub-codes)`, scope: { kind: 'code', codeId: code.id, includeChildren: true } });
  if (selectedCase) choices.push({ id: 'case', label: `The case ${quoted(selectedCase.title)}`, scope: { kind: 'case', caseId: selectedCase.id } });
  if (article) choices.push({ id: 'article', label: `The selected article ${quoted(article.title)}`, scope: { kind: 'articles', articleIds: [article.id] } });
  if (listed && listed.length > 1 && listed.length <= 10_000) choices.push({ id: 'listed', label: `The ${listed.length} articles listed in the library`, scope: { kind: 'articles', articleIds: listed } });
  choices.push({ id: 'all', label: 'The whole workspace', scope: { kind: 'all' } });
  return choices;
}

/** Opens the dialog on the first (most specific) scope of this context. */
export function openExportFor(context: ScopeContext, prefer?: string): void {
  const choices = scopeChoices(context);
  openExportDialog({ choices, initial: choices.find((c) => c.id === prefer)?.id ?? choices[0].id });
}
