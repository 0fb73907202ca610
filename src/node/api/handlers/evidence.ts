import type { evidenceMethods } from '../../../shared/api/methods/evidence';
import { parseWording } from '../../../shared/domain/figures';
import { createFigure, deleteFigure, getFigure, listFigures, reconcileFigures, sumFigureIds, updateFigure } from '../../services/figures';
import { getGrading, setGrading } from '../../services/grading';
import { createQuote, createQuoteFromSelection, deleteQuote, getQuote, listQuotes, updateQuote } from '../../services/quotes';
import type { HandlersFor } from './types';

export const evidenceHandlers: HandlersFor<keyof typeof evidenceMethods> = {
  'figures.list': (input, ws) => ({ figures: listFigures(ws.ctx, input) }),
  'figures.get': (input, ws) => getFigure(ws.ctx, input.id),
  'figures.create': (input, ws) => createFigure(ws.ctx, input),
  'figures.update': (input, ws) => updateFigure(ws.ctx, input.id, input.patch),
  'figures.delete': (input, ws) => deleteFigure(ws.ctx, input.id),
  'figures.reconcile': (input, ws) => reconcileFigures(ws.ctx, input),
  'figures.sum': (input, ws) => sumFigureIds(ws.ctx, input.ids),
  'figures.readWording': (input) => ({ count: parseWording(input.wording) }),
  'grading.get': (input, ws) => getGrading(ws.ctx, input.articleId),
  'grading.set': (input, ws) => setGrading(ws.ctx, input),
  'quotes.list': (input, ws) => ({ quotes: listQuotes(ws.ctx, input) }),
  'quotes.get': (input, ws) => getQuote(ws.ctx, input.id),
  'quotes.create': (input, ws) => createQuote(ws.ctx, input),
  'quotes.createFromSelection': (input, ws) => createQuoteFromSelection(ws.ctx, input),
  'quotes.update': (input, ws) => updateQuote(ws.ctx, input.id, input.patch),
  'quotes.delete': (input, ws) => deleteQuote(ws.ctx, input.id),
};
