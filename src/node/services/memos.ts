import { AppError } from '../../shared/api/errors';
import type { Memo, MemoTarget, MemoVisibility } from '../../shared/schemas/case';
import { getCase } from './cases';
import type { ServiceContext } from './context';
import { assertRecord } from './record-tables';
import { undoable } from './undo';

interface MemoRow {
  id: string;
  target_type: MemoTarget;
  target_id: string;
  text: string;
  visibility: MemoVisibility;
  created_at: string;
  updated_at: string;
}

const toMemo = (r: MemoRow): Memo => ({ id: r.id, targetType: r.target_type, targetId: r.target_id, text: r.text, visibility: r.visibility, createdAt: r.created_at, updatedAt: r.updated_at });

function assertTarget(ctx: ServiceContext, type: MemoTarget, id: string): void {
  if (type === 'article') assertRecord(ctx, 'article', id);
  else getCase(ctx, id);
}

export function listMemos(ctx: ServiceContext, type: MemoTarget, id: string): Memo[] {
  assertTarget(ctx, type, id);
  return (ctx.db.prepare('SELECT * FROM memos WHERE target_type = ? AND target_id = ? AND deleted_at IS NULL ORDER BY created_at').all(type, id) as MemoRow[]).map(toMemo);
}

function getMemo(ctx: ServiceContext, id: string): Memo {
  const row = ctx.db.prepare('SELECT * FROM memos WHERE id = ? AND deleted_at IS NULL').get(id) as MemoRow | undefined;
  if (!row) throw new AppError('not_found', `No memo with id ${id} in this workspace.`);
  return toMemo(row);
}

/** Memos on an article as a whole or on a case (highlight memos live on the highlight). */
export function createMemo(ctx: ServiceContext, type: MemoTarget, targetId: string, text: string, visibility: MemoVisibility = 'team'): Memo {
  assertTarget(ctx, type, targetId);
  return undoable(ctx, `Add a memo to the ${type}`, () => {
    const id = ctx.newId();
    const now = ctx.now();
    ctx.db.prepare('INSERT INTO memos (id, target_type, target_id, text, visibility, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, type, targetId, text, visibility, now, now);
    return getMemo(ctx, id);
  });
}

export function updateMemo(ctx: ServiceContext, id: string, text: string): Memo {
  getMemo(ctx, id);
  return undoable(ctx, 'Edit memo', () => {
    ctx.db.prepare('UPDATE memos SET text = ?, updated_at = ? WHERE id = ?').run(text, ctx.now(), id);
    return getMemo(ctx, id);
  });
}

/** Who may read the memo in exports: private (never leaves), team, public. */
export function setMemoVisibility(ctx: ServiceContext, id: string, visibility: MemoVisibility): Memo {
  getMemo(ctx, id);
  return undoable(ctx, `Make memo ${visibility}`, () => {
    ctx.db.prepare('UPDATE memos SET visibility = ?, updated_at = ? WHERE id = ?').run(visibility, ctx.now(), id);
    return getMemo(ctx, id);
  });
}

export function deleteMemo(ctx: ServiceContext, id: string): { id: string } {
  getMemo(ctx, id);
  return undoable(ctx, 'Delete memo', () => {
    ctx.db.prepare('UPDATE memos SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
    return { id };
  });
}
