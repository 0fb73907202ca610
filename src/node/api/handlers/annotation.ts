import type { annotationMethods } from '../../../shared/api/methods/annotation';
import {
  confirmHighlight,
  correctArticleText,
  createHighlight,
  deleteHighlight,
  highlightsToReview,
  listHighlights,
  reattachHighlight,
  updateHighlightMemo,
} from '../../services/highlights';
import { codeCooccurrence, codedSegments, codeFrequency } from '../../services/retrieval';
import { redo, undo, undoStatus } from '../../services/undo';
import type { HandlersFor } from './types';

export const annotationHandlers: HandlersFor<keyof typeof annotationMethods> = {
  'highlights.list': (input, ws) => ({ highlights: listHighlights(ws.ctx, input.articleId) }),
  'highlights.create': (input, ws) => createHighlight(ws.ctx, input),
  'highlights.setMemo': (input, ws) => updateHighlightMemo(ws.ctx, input.id, input.memo),
  'highlights.delete': (input, ws) => deleteHighlight(ws.ctx, input.id),
  'highlights.review': (input, ws) => ({ highlights: highlightsToReview(ws.ctx, input.articleId) }),
  'highlights.reattach': (input, ws) => reattachHighlight(ws.ctx, input.id, input.start, input.end, input.exact),
  'highlights.confirm': (input, ws) => confirmHighlight(ws.ctx, input.id),
  'articles.correctText': (input, ws) => correctArticleText(ws.ctx, input.id, input.text, input.reason),
  'retrieve.segments': (input, ws) => ({ segments: codedSegments(ws.ctx, input) }),
  'reports.codeFrequency': (input, ws) => ({ rows: codeFrequency(ws.ctx, input.caseId) }),
  'reports.cooccurrence': (input, ws) => codeCooccurrence(ws.ctx, input.caseId),
  'undo.status': (_input, ws) => undoStatus(ws.ctx),
  'undo.undo': (_input, ws) => ({ undone: undo(ws.ctx) }),
  'undo.redo': (_input, ws) => ({ redone: redo(ws.ctx) }),
};
