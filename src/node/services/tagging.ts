import { AppError } from '../../shared/api/errors';
import type { TaggableType } from '../../shared/schemas/code';
import { getCode } from './codes';
import { cachedStatement } from '../db/statements';
import type { ServiceContext } from './context';
import { assertRecord } from './record-tables';
import { undoable } from './undo';

/** Adds taggings without an undo group of their own (inside another action). */
export function addCodes(ctx: ServiceContext, type: TaggableType, id: string, codeIds: readonly string[]): void {
  const insert = ctx.db.prepare('INSERT OR IGNORE INTO taggings (code_id, item_type, item_id, created_at) VALUES (?, ?, ?, ?)');
  for (const codeId of codeIds) {
    const code = getCode(ctx, codeId);
    if (!code.isCodable) throw new AppError('invalid_input', `“${code.name}” is a category that groups codes; apply one of its codes instead.`);
    insert.run(codeId, type, id, ctx.now());
  }
}

export function codesOf(ctx: ServiceContext, type: TaggableType, id: string): string[] {
  return cachedStatement(ctx.db, 'SELECT t.code_id FROM taggings t JOIN codes c ON c.id = t.code_id WHERE t.item_type = ? AND t.item_id = ? AND c.deleted_at IS NULL ORDER BY t.created_at, t.code_id', {
    pluck: true,
  }).all(type, id) as string[];
}

/** Applies a code to any item: the one tagging model for articles, highlights and cases. */
export function applyCode(ctx: ServiceContext, codeId: string, type: TaggableType, id: string): string[] {
  assertRecord(ctx, type, id);
  const code = getCode(ctx, codeId);
  return undoable(ctx, `Apply “${code.name}”`, () => {
    addCodes(ctx, type, id, [codeId]);
    return codesOf(ctx, type, id);
  });
}

export function removeCode(ctx: ServiceContext, codeId: string, type: TaggableType, id: string): string[] {
  assertRecord(ctx, type, id);
  const code = getCode(ctx, codeId);
  return undoable(ctx, `Remove “${code.name}”`, () => {
    ctx.db.prepare('DELETE FROM taggings WHERE code_id = ? AND item_type = ? AND item_id = ?').run(codeId, type, id);
    return codesOf(ctx, type, id);
  });
}
