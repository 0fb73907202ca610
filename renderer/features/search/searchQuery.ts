import type { SearchFilters, SearchRecordType, SearchResult } from '../../../src/shared/schemas/search';

/** The record types in the order the API groups them. */
export const RECORD_TYPES: readonly SearchRecordType[] = ['article', 'highlight', 'memo', 'case', 'figure', 'quote', 'account', 'actor', 'incident'];

export const TYPE_LABELS: Record<SearchRecordType, { one: string; many: string }> = {
  article: { one: 'Article', many: 'Articles' },
  highlight: { one: 'Highlight', many: 'Highlights' },
  memo: { one: 'Memo', many: 'Memos' },
  case: { one: 'Case', many: 'Cases' },
  figure: { one: 'Figure', many: 'Figures' },
  quote: { one: 'Quote', many: 'Quotes' },
  account: { one: 'Account', many: 'Accounts' },
  actor: { one: 'Actor', many: 'Actors' },
  incident: { one: 'Incident', many: 'Incidents' },
};

export type LanguageChoice = '' | 'en' | 'ar';

/** The filters as the form holds them: '' means "any". */
export interface SearchFilterState {
  /** The record types to search; all of them when every box is ticked. */
  types: SearchRecordType[];
  codeId: string;
  includeChildCodes: boolean;
  caseId: string;
  language: LanguageChoice;
  /** Publication dates, YYYY-MM-DD. */
  from: string;
  to: string;
}

export const noFilters: SearchFilterState = { types: [...RECORD_TYPES], codeId: '', includeChildCodes: true, caseId: '', language: '', from: '', to: '' };

/** Results per type asked for at first, and when "Show more" is chosen (the API's maximum). */
export const FIRST_LIMIT = 20;
export const MORE_LIMIT = 200;

/** The filters as search.query takes them: only what narrows. */
export function toApiFilters(f: SearchFilterState): SearchFilters {
  const out: SearchFilters = { includeChildCodes: f.includeChildCodes };
  if (f.types.length > 0 && f.types.length < RECORD_TYPES.length) out.types = RECORD_TYPES.filter((t) => f.types.includes(t));
  if (f.codeId) out.codeId = f.codeId;
  if (f.caseId) out.caseId = f.caseId;
  if (f.language) out.language = f.language;
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  return out;
}

/** A saved search's filters back into the form. */
export function fromApiFilters(f: SearchFilters): SearchFilterState {
  const language: LanguageChoice = f.language === 'en' || f.language === 'ar' ? f.language : '';
  return {
    types: f.types && f.types.length > 0 ? RECORD_TYPES.filter((t) => f.types!.includes(t)) : [...RECORD_TYPES],
    codeId: f.codeId ?? '',
    includeChildCodes: f.includeChildCodes ?? true,
    caseId: f.caseId ?? '',
    language,
    from: f.from ?? '',
    to: f.to ?? '',
  };
}

/** How many filters narrow the search (the number on the Filters button). */
export function activeFilterCount(f: SearchFilterState): number {
  const types = f.types.length > 0 && f.types.length < RECORD_TYPES.length ? 1 : 0;
  return types + [f.codeId, f.caseId, f.language, f.from || f.to].filter(Boolean).length;
}

/** A stable key for one result, unique across groups (ids are unique per table only). */
export function resultKey(result: Pick<SearchResult, 'type' | 'id'>): string {
  return `${result.type}:${result.id}`;
}

/** The DOM id of a result's option, for aria-activedescendant. */
export function resultDomId(key: string): string {
  return `search-result-${key.replace(':', '-')}`;
}

/** The results listbox in the Search view (the search box points into it). */
export const SEARCH_RESULTS_ID = 'search-results';
