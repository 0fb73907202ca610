import { z } from 'zod';
import { MemoText, Position, Uuid } from '../../schemas/common';
import { CodedSegment, Highlight } from '../../schemas/highlight';

const Span = {
  start: Position,
  end: Position,
  /** The text the caller saw at [start, end): when given and the article's text has changed since, the call is refused. */
  exact: z.string().max(10_000_000).optional(),
};
const endAfterStart = (s: { start: number; end: number }) => s.end > s.start;
const EMPTY_SPAN = { message: 'end must be after start', path: ['end'] };

/** Highlights, re-anchoring after corrections, retrieval, reports, and workspace-wide undo. */
export const annotationMethods = {
  'highlights.list': {
    summary: 'The highlights of an article, in text order, with their codes and memo.',
    input: z.object({ articleId: Uuid }).strict(),
    output: z.object({ highlights: z.array(Highlight) }),
  },
  'highlights.create': {
    summary: 'Highlight [start, end) in code points of the reading text, optionally with codes and a memo.',
    input: z
      .object({ articleId: Uuid, ...Span, codeIds: z.array(Uuid).max(100).optional(), memo: MemoText.optional() })
      .strict()
      .refine(endAfterStart, EMPTY_SPAN),
    output: Highlight,
  },
  'highlights.setMemo': {
    summary: 'Write or change the memo of a highlight.',
    input: z.object({ id: Uuid, memo: MemoText }).strict(),
    output: Highlight,
  },
  'highlights.delete': {
    summary: 'Move a highlight to the trash.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
  'highlights.review': {
    summary: 'Highlights needing a person after a text correction: re-anchored onto edited text, or orphaned.',
    input: z.object({ articleId: Uuid.optional() }).strict(),
    output: z.object({ highlights: z.array(Highlight) }),
  },
  'highlights.reattach': {
    summary: 'Attach a highlight to a new span of its article (resolves review and orphan states).',
    input: z.object({ id: Uuid, ...Span }).strict().refine(endAfterStart, EMPTY_SPAN),
    output: Highlight,
  },
  'highlights.confirm': {
    summary: 'Accept a highlight that was re-anchored onto edited text.',
    input: z.object({ id: Uuid }).strict(),
    output: Highlight,
  },
  'articles.correctText': {
    summary: 'Correct an article\u2019s reading text (recorded, with a reason); every highlight is re-anchored.',
    input: z.object({ id: Uuid, text: z.string().min(1).max(10_000_000), reason: z.string().trim().min(1, { message: 'say why the text is corrected' }).max(2000) }).strict(),
    output: z.object({ anchored: z.number().int(), review: z.number().int(), orphaned: z.number().int() }),
  },
  'retrieve.segments': {
    summary: 'Coded segments: every highlight with a code (and optionally its sub-codes), in context.',
    input: z.object({ codeId: Uuid, includeChildren: z.boolean().default(true), caseId: Uuid.optional() }).strict(),
    output: z.object({ segments: z.array(CodedSegment) }),
  },
  'reports.codeFrequency': {
    summary: 'Uses and documents per code, for a case or everything.',
    input: z.object({ caseId: Uuid.optional() }).strict(),
    output: z.object({
      rows: z.array(z.object({ codeId: Uuid, name: z.string(), path: z.string(), uses: z.number().int(), documents: z.number().int() })),
    }),
  },
  'reports.cooccurrence': {
    summary: 'How often two codes are on the same or overlapping highlights, for a case or everything.',
    input: z.object({ caseId: Uuid.optional() }).strict(),
    output: z.object({ codes: z.array(z.object({ id: Uuid, name: z.string() })), matrix: z.array(z.array(z.number().int())) }),
  },
  'undo.status': {
    summary: 'Whether there is an action to undo or redo, and its label.',
    input: z.object({}).strict(),
    output: z.object({ canUndo: z.boolean(), undoLabel: z.string().nullable(), canRedo: z.boolean(), redoLabel: z.string().nullable() }),
  },
  'undo.undo': {
    summary: 'Undo the newest analyst action in this workspace (highlights, codes, memos, cases).',
    input: z.object({}).strict(),
    output: z.object({ undone: z.string().nullable() }),
  },
  'undo.redo': {
    summary: 'Redo the newest undone action.',
    input: z.object({}).strict(),
    output: z.object({ redone: z.string().nullable() }),
  },
} as const;
