import type { suggestionMethods } from '../../../shared/api/methods/suggestions';
import { acceptSuggestions, dismissSuggestions, restoreSuggestions, suggestionsFor } from '../../services/suggestions';
import type { HandlersFor } from './types';

export const suggestionHandlers: HandlersFor<keyof typeof suggestionMethods> = {
  'suggest.article': (input, ws) => ({ suggestions: suggestionsFor(ws.ctx, input.articleId, input.vague) }),
  'suggest.accept': ({ articleId, keys, ...options }, ws) => acceptSuggestions(ws.ctx, articleId, keys, options),
  'suggest.dismiss': (input, ws) => dismissSuggestions(ws.ctx, input.articleId, input.keys),
  'suggest.restore': (input, ws) => restoreSuggestions(ws.ctx, input.articleId),
};
