import { z } from 'zod';
import { Case, Memo, MemoTarget, MemoVisibility } from '../../schemas/case';
import { MemoText, ShortText, Uuid } from '../../schemas/common';

const Title = ShortText(300).refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/** Cases group articles (and later evidence); memos on articles and cases. */
export const caseMethods = {
  'cases.list': {
    summary: 'Every case with its number of articles.',
    input: z.object({}).strict(),
    output: z.object({ cases: z.array(Case) }),
  },
  'cases.create': {
    summary: 'Create a case, e.g. “Coastal killings, March 2025”.',
    input: z.object({ title: Title, description: z.string().max(20_000).optional() }).strict(),
    output: Case,
  },
  'cases.update': {
    summary: 'Rename a case or change its description.',
    input: z.object({ id: Uuid, patch: z.object({ title: Title, description: z.string().max(20_000) }).partial().strict() }).strict(),
    output: Case,
  },
  'cases.delete': {
    summary: 'Move a case to the trash; its articles stay in the library.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
  'cases.addArticles': {
    summary: 'Add articles to a case (an article may be in several cases).',
    input: z.object({ caseId: Uuid, articleIds: z.array(Uuid).min(1).max(10_000) }).strict(),
    output: Case,
  },
  'cases.removeArticle': {
    summary: 'Take an article out of a case (the article stays in the library).',
    input: z.object({ caseId: Uuid, articleId: Uuid }).strict(),
    output: Case,
  },
  'cases.ofArticle': {
    summary: 'The cases an article belongs to.',
    input: z.object({ articleId: Uuid }).strict(),
    output: z.object({ caseIds: z.array(Uuid) }),
  },
  'memos.list': {
    summary: 'Memos on an article as a whole or on a case.',
    input: z.object({ targetType: MemoTarget, targetId: Uuid }).strict(),
    output: z.object({ memos: z.array(Memo) }),
  },
  'memos.create': {
    summary: 'Write a memo on an article or a case.',
    input: z
      .object({ targetType: MemoTarget, targetId: Uuid, text: MemoText.refine((s) => s.trim().length > 0, { message: 'must not be empty' }), visibility: MemoVisibility.default('team') })
      .strict(),
    output: Memo,
  },
  'memos.setVisibility': {
    summary: 'Who may read a memo in exports: private (never exported), team, or public.',
    input: z.object({ id: Uuid, visibility: MemoVisibility }).strict(),
    output: Memo,
  },
  'memos.update': {
    summary: 'Change a memo.',
    input: z.object({ id: Uuid, text: MemoText }).strict(),
    output: Memo,
  },
  'memos.delete': {
    summary: 'Move a memo to the trash.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
} as const;
