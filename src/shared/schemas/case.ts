import { z } from 'zod';
import { Timestamp, Uuid } from './common';

export const Case = z.object({
  id: Uuid,
  title: z.string(),
  description: z.string(),
  articleCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Case = z.infer<typeof Case>;

export const MemoTarget = z.enum(['article', 'case']);
export type MemoTarget = z.infer<typeof MemoTarget>;

/** Who may read a memo outside the workspace: exports include it only under profiles that allow its visibility. */
export const MemoVisibility = z.enum(['private', 'team', 'public']);
export type MemoVisibility = z.infer<typeof MemoVisibility>;

export const Memo = z.object({
  id: Uuid,
  targetType: MemoTarget,
  targetId: Uuid,
  text: z.string(),
  visibility: MemoVisibility,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Memo = z.infer<typeof Memo>;
