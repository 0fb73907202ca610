import type { searchMethods } from '../../../shared/api/methods/search';
import { deleteSavedSearch, listSavedSearches, rebuildSearchIndex, saveSearch, search } from '../../services/search';
import type { HandlersFor } from './types';

export const searchHandlers: HandlersFor<keyof typeof searchMethods> = {
  'search.query': (input, ws) => search(ws.ctx, input.query, input.filters, input.limit, { exactWords: input.exactWords, aliases: input.aliases, spellings: input.spellings }),
  'search.rebuild': (_input, ws) => rebuildSearchIndex(ws.ctx),
  'search.saved.list': (_input, ws) => ({ searches: listSavedSearches(ws.ctx) }),
  'search.saved.create': (input, ws) => saveSearch(ws.ctx, input.name, input.query, input.filters),
  'search.saved.delete': (input, ws) => deleteSavedSearch(ws.ctx, input.id),
};
