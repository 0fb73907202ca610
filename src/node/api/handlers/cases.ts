import type { caseMethods } from '../../../shared/api/methods/cases';
import { getArticle } from '../../services/articles';
import { addArticlesToCase, casesOfArticle, createCase, deleteCase, listCases, removeArticleFromCase, updateCase } from '../../services/cases';
import { createMemo, deleteMemo, listMemos, setMemoVisibility, updateMemo } from '../../services/memos';
import type { HandlersFor } from './types';

export const caseHandlers: HandlersFor<keyof typeof caseMethods> = {
  'cases.list': (_input, ws) => ({ cases: listCases(ws.ctx) }),
  'cases.create': (input, ws) => createCase(ws.ctx, input.title, input.description),
  'cases.update': (input, ws) => updateCase(ws.ctx, input.id, input.patch),
  'cases.delete': (input, ws) => deleteCase(ws.ctx, input.id),
  'cases.addArticles': (input, ws) => addArticlesToCase(ws.ctx, input.caseId, input.articleIds),
  'cases.removeArticle': (input, ws) => removeArticleFromCase(ws.ctx, input.caseId, input.articleId),
  'cases.ofArticle': (input, ws) => {
    getArticle(ws.ctx, input.articleId);
    return { caseIds: casesOfArticle(ws.ctx, input.articleId) };
  },
  'memos.list': (input, ws) => ({ memos: listMemos(ws.ctx, input.targetType, input.targetId) }),
  'memos.create': (input, ws) => createMemo(ws.ctx, input.targetType, input.targetId, input.text, input.visibility),
  'memos.setVisibility': (input, ws) => setMemoVisibility(ws.ctx, input.id, input.visibility),
  'memos.update': (input, ws) => updateMemo(ws.ctx, input.id, input.text),
  'memos.delete': (input, ws) => deleteMemo(ws.ctx, input.id),
};
