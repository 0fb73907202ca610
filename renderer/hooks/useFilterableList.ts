import { useMemo, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/**
 * A list filtered as you type, with one active option (a combobox over a listbox): a new query
 * starts again from the first match, Up and Down move round the matches, Enter chooses the active
 * one. `filter` should keep its identity between renders when filtering is costly.
 */
export function useFilterableList<T>(filter: (query: string) => T[], onChoose: (item: T) => void) {
  const [query, setQueryState] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filter(query), [filter, query]);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  function setQuery(next: string) {
    setQueryState(next);
    setActive(0);
  }

  /** Handles Up, Down and Enter; false for any other key, for the caller to handle. */
  function navigate(event: KeyboardEvent<HTMLInputElement>): boolean {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      if (shown.length > 0) setActive((activeIndex + moves[event.key] + shown.length) % shown.length);
      return true;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      if (shown[activeIndex] !== undefined) onChoose(shown[activeIndex]);
      return true;
    }
    return false;
  }

  /** The text box's combobox attributes, value and typing. */
  function inputProps(listId: string, optionId: (item: T, index: number) => string) {
    return {
      role: 'combobox',
      'aria-expanded': true,
      'aria-controls': listId,
      'aria-autocomplete': 'list' as const,
      'aria-activedescendant': shown[activeIndex] !== undefined ? optionId(shown[activeIndex], activeIndex) : undefined,
      autoComplete: 'off',
      spellCheck: false,
      value: query,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value),
    };
  }

  return { query, setQuery, shown, activeIndex, setActive, navigate, inputProps };
}
