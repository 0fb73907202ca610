import { useSyncExternalStore } from 'react';

/**
 * What the researcher chose about suggestions, shared by the reader (underlines, hover card) and
 * the inspector (the list), which sit in different panes: a small store outside React, like the
 * data version. The two preferences are remembered across sessions; the rest lasts the session.
 */
export interface SuggestionUi {
  /** Dotted underlines in the reader. */
  underlines: boolean;
  /** Also offer vague quantities ("dozens", "hundreds") as figures without a number. */
  vague: boolean;
  /** The reporter for figures whose sentence names no registered actor. */
  reporterId: string | null;
  /** The item in focus (list focus, a click on its text): emphasised in the reader. */
  activeId: string | null;
  /** Bumped when the active item should be brought into view (from the list or the palette). */
  revealTick: number;
  /** The last failure of an action, shown inline in the list until the next action. */
  error: string | null;
}

const PREFS_KEY = 'fieldnotes.suggestions';

/** The list's heading: where focus goes when the last suggestion leaves. */
export const SUGGESTIONS_HEADING_ID = 'suggestions-heading';

function loadPrefs(): Pick<SuggestionUi, 'underlines' | 'vague'> {
  try {
    const saved = JSON.parse(window.localStorage.getItem(PREFS_KEY) ?? 'null') as Partial<SuggestionUi> | null;
    return { underlines: saved?.underlines !== false, vague: saved?.vague === true };
  } catch {
    return { underlines: true, vague: false };
  }
}

let state: SuggestionUi = { ...loadPrefs(), reporterId: null, activeId: null, revealTick: 0, error: null };
const listeners = new Set<() => void>();

export function getSuggestionUi(): SuggestionUi {
  return state;
}

export function setSuggestionUi(patch: Partial<SuggestionUi>): void {
  const next = { ...state, ...patch };
  if ((Object.keys(patch) as (keyof SuggestionUi)[]).every((k) => next[k] === state[k])) return;
  const prefsChanged = next.underlines !== state.underlines || next.vague !== state.vague;
  state = next;
  if (prefsChanged) {
    try {
      window.localStorage.setItem(PREFS_KEY, JSON.stringify({ underlines: state.underlines, vague: state.vague }));
    } catch {
      // Storage full or disabled: the choice lasts this session.
    }
  }
  for (const listener of [...listeners]) listener();
}

/** Makes an item the active one and asks the reader to scroll its text into view. */
export function revealSuggestion(id: string): void {
  setSuggestionUi({ activeId: id, revealTick: state.revealTick + 1 });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useSuggestionUi(): SuggestionUi {
  return useSyncExternalStore(subscribe, getSuggestionUi, getSuggestionUi);
}
