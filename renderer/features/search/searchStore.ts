import { useSyncExternalStore } from 'react';
import type { SavedSearch, SearchGroup, SearchResult } from '../../../src/shared/schemas/search';
import { FIRST_LIMIT, fromApiFilters, noFilters, resultKey, type SearchFilterState } from './searchQuery';

/** What the last answered search returned, and the state of the one being asked. */
export interface SearchResultsState {
  /** The query the groups answer ('' before the first). */
  query: string;
  groups: SearchGroup[];
  total: number;
  /** A search for the current query is waiting (debounced) or on its way. */
  pending: boolean;
  /** Why the current query cannot run, in the API's words (bad syntax, a date range backwards). */
  problem: string | null;
  /** The search failed for another reason. */
  error: string | null;
  /** Other names of a registered actor the query named, searched too. */
  alsoSearched?: string[];
}

/** The one search of the app: the box in the toolbar, the Search view and the saved searches share it. */
export interface SearchState {
  text: string;
  filters: SearchFilterState;
  /** Results asked for per record type. */
  limit: number;
  /** The result the keyboard is on (see resultKey). */
  activeKey: string | null;
  filtersOpen: boolean;
  /** "Exact words only": no other forms of a word, no other spellings of names. */
  exactWords: boolean;
  results: SearchResultsState;
}

export const noResults: SearchResultsState = { query: '', groups: [], total: 0, pending: false, problem: null, error: null };

let state: SearchState = { text: '', filters: noFilters, limit: FIRST_LIMIT, activeKey: null, filtersOpen: false, exactWords: false, results: noResults };
const listeners = new Set<() => void>();

export function updateSearch(change: (s: SearchState) => Partial<SearchState>): void {
  state = { ...state, ...change(state) };
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** A slice of the search state; the component re-renders when that slice changes (return stored values, not new objects). */
export function useSearchState<T>(select: (s: SearchState) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(state),
    () => select(state),
  );
}

/** Every result of the groups, in the order shown. */
export function flatResults(groups: readonly SearchGroup[]): SearchResult[] {
  return groups.flatMap((g) => g.results);
}

export function setSearchText(text: string): void {
  updateSearch(() => ({ text, limit: FIRST_LIMIT }));
}

export function setSearchFilters(change: (f: SearchFilterState) => SearchFilterState): void {
  updateSearch((s) => ({ filters: change(s.filters), limit: FIRST_LIMIT }));
}

export function setActiveResult(key: string | null): void {
  updateSearch(() => ({ activeKey: key }));
}

/** Moves the keyboard's result by `delta` (clamped), or to the first/last with 'first'/'last'. */
export function moveActiveResult(delta: number | 'first' | 'last'): SearchResult | null {
  const results = flatResults(state.results.groups);
  if (results.length === 0) return null;
  const at = results.findIndex((r) => resultKey(r) === state.activeKey);
  const next = delta === 'first' ? 0 : delta === 'last' ? results.length - 1 : Math.min(results.length - 1, Math.max(0, (at === -1 ? -1 : at) + delta));
  setActiveResult(resultKey(results[next]));
  return results[next];
}

/** The result the keyboard is on, else the first. */
export function activeResult(): SearchResult | null {
  const results = flatResults(state.results.groups);
  return results.find((r) => resultKey(r) === state.activeKey) ?? results[0] ?? null;
}

/** Answers arrive: keep the keyboard's place if that result is still there, else start at the top. */
export function receiveResults(results: SearchResultsState): void {
  updateSearch((s) => {
    const keys = flatResults(results.groups).map(resultKey);
    return { results, activeKey: s.activeKey && keys.includes(s.activeKey) ? s.activeKey : (keys[0] ?? null) };
  });
}

/** Runs a saved search: its words and filters replace the current ones. */
export function runSavedSearch(saved: SavedSearch): void {
  const filters = fromApiFilters(saved.filters);
  updateSearch(() => ({ text: saved.query, filters, limit: FIRST_LIMIT, activeKey: null }));
}
