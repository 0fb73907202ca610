import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Actor } from '../../../src/shared/schemas/actor';
import { useClient } from '../../api/ClientContext';
import { useDataVersion } from '../undo/dataVersion';
import { getSuggestionData, hiddenSuggestions, requestSuggestions, subscribeSuggestionData } from './suggestionData';
import { buildItems, type SuggestionItem } from './suggestionItems';
import { useSuggestionUi, type SuggestionUi } from './suggestionStore';

export interface ArticleSuggestions {
  items: SuggestionItem[];
  actors: Actor[];
  /** The chosen reporter, while it is still in the registry. */
  chosenReporter: Actor | null;
  loaded: boolean;
  error: string | null;
  ui: SuggestionUi;
}

const noActors: Actor[] = [];

/**
 * The open article's suggestions as list items, asked again whenever workspace data changes. The
 * reader and the inspector both call this; the request behind it is made once for both.
 */
export function useSuggestions(articleId: string | null): ArticleSuggestions {
  const client = useClient();
  const dataVersion = useDataVersion();
  const ui = useSuggestionUi();
  const data = useSyncExternalStore(subscribeSuggestionData, getSuggestionData, getSuggestionData);
  const hidden = useSyncExternalStore(subscribeSuggestionData, hiddenSuggestions, hiddenSuggestions);

  useEffect(() => {
    if (articleId) requestSuggestions(client, articleId, ui.vague, dataVersion);
  }, [client, articleId, ui.vague, dataVersion]);

  const own = data && data.articleId === articleId ? data : null;
  const actors = own?.actors ?? noActors;
  const chosenReporter = useMemo(() => actors.find((a) => a.id === ui.reporterId) ?? null, [actors, ui.reporterId]);
  const items = useMemo(() => {
    if (!own) return [];
    const actorNames = new Map(own.actors.map((a) => [a.id, a.name]));
    return buildItems(own.suggestions, hidden, { reporters: own.reporters, chosenReporter, actorNames });
  }, [own, hidden, chosenReporter]);

  return { items, actors, chosenReporter, loaded: own !== null, error: own?.error ?? null, ui };
}
