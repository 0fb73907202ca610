import type { Case } from '../../../src/shared/schemas/case';
import type { CodeWithCounts } from '../../../src/shared/schemas/code';
import { CodeSelect } from '../codebook/CodeSelect';
import { activeFilterCount, noFilters, RECORD_TYPES, TYPE_LABELS, type LanguageChoice, type SearchFilterState } from './searchQuery';
import { setSearchFilters } from './searchStore';
import './searchFilters.css';

export const SEARCH_FILTERS_ID = 'search-filters';

interface SearchFiltersPanelProps {
  filters: SearchFilterState;
  codes: readonly CodeWithCounts[];
  cases: readonly Case[];
}

const change = (patch: Partial<SearchFilterState>) => setSearchFilters((f) => ({ ...f, ...patch }));

/**
 * What the search looks in and narrows by: record types, a code (with its sub-codes or not), a
 * case, the language and publication dates of the articles. Part of the search: saved with it.
 */
export function SearchFiltersPanel({ filters, codes, cases }: SearchFiltersPanelProps) {
  const toggleType = (type: (typeof RECORD_TYPES)[number], on: boolean) =>
    change({ types: RECORD_TYPES.filter((t) => (t === type ? on : filters.types.includes(t))) });
  return (
    <div id={SEARCH_FILTERS_ID} className="search-filters" role="group" aria-label="Search filters">
      <fieldset className="search-filter search-filter-types">
        <legend className="field-label">Look in</legend>
        <div className="search-filter-checks">
          {RECORD_TYPES.map((type) => {
            const checked = filters.types.includes(type);
            return (
              <label key={type} className="choice">
                <input
                  type="checkbox"
                  checked={checked}
                  // One type at least stays ticked: a search of nothing is no search.
                  disabled={checked && filters.types.length === 1}
                  onChange={(e) => toggleType(type, e.target.checked)}
                />
                <span>{TYPE_LABELS[type].many}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="search-filter">
        <label className="field-label" htmlFor="search-filter-language">
          Language
        </label>
        <select id="search-filter-language" className="input" value={filters.language} onChange={(e) => change({ language: e.target.value as LanguageChoice })}>
          <option value="">Any language</option>
          <option value="en">English</option>
          <option value="ar">Arabic</option>
        </select>
      </div>
      <div className="search-filter search-filter-code">
        <label className="field-label" htmlFor="search-filter-code">
          Code
        </label>
        <CodeSelect id="search-filter-code" codes={codes} value={filters.codeId} emptyLabel="Any code" onChange={(codeId) => change({ codeId })} />
        <label className="choice">
          <input type="checkbox" checked={filters.includeChildCodes} disabled={!filters.codeId} onChange={(e) => change({ includeChildCodes: e.target.checked })} />
          <span>Include sub-codes</span>
        </label>
      </div>
      <div className="search-filter">
        <label className="field-label" htmlFor="search-filter-case">
          Case
        </label>
        <select id="search-filter-case" className="input" value={filters.caseId} onChange={(e) => change({ caseId: e.target.value })}>
          <option value="">Any case</option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="search-filter search-filter-dates">
        <legend className="field-label">Published</legend>
        <div className="search-filter-range">
          <label className="visually-hidden" htmlFor="search-filter-from">
            Published from
          </label>
          <input id="search-filter-from" className="input" type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => change({ from: e.target.value })} />
          <span aria-hidden="true">to</span>
          <label className="visually-hidden" htmlFor="search-filter-to">
            Published until
          </label>
          <input id="search-filter-to" className="input" type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => change({ to: e.target.value })} />
        </div>
      </fieldset>
      <button type="button" className="btn btn-small btn-quiet search-filters-clear" disabled={activeFilterCount(filters) === 0} onClick={() => setSearchFilters(() => noFilters)}>
        Clear filters
      </button>
    </div>
  );
}
