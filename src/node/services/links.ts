import { AppError } from '../../shared/api/errors';
import type { Link, LinkableType, LinkRelation } from '../../shared/schemas/evidence';
import type { ServiceContext } from './context';
import { assertRecord, isLive } from './record-tables';
import { undoable } from './undo';

interface LinkRow {
  id: string;
  from_type: LinkableType;
  from_id: string;
  to_type: LinkableType;
  to_id: string;
  relation: LinkRelation;
  note: string;
  created_at: string;
}

const toLink = (r: LinkRow): Link => ({ id: r.id, fromType: r.from_type, fromId: r.from_id, toType: r.to_type, toId: r.to_id, relation: r.relation, note: r.note, createdAt: r.created_at });

/** The links of a record, either way round, whose other end is still live (not in the trash). */
export function listLinks(ctx: ServiceContext, type: LinkableType, id: string): Link[] {
  assertRecord(ctx, type, id);
  const rows = ctx.db
    .prepare('SELECT * FROM links WHERE (from_type = @type AND from_id = @id) OR (to_type = @type AND to_id = @id) ORDER BY created_at, id')
    .all({ type, id }) as LinkRow[];
  return rows.filter((r) => (r.from_type === type && r.from_id === id ? isLive(ctx, r.to_type, r.to_id) : isLive(ctx, r.from_type, r.from_id))).map(toLink);
}

/** Ids of live records of one type linked to a record (either direction, any relation). */
export function linkedIds(ctx: ServiceContext, type: LinkableType, id: string, otherType: LinkableType): string[] {
  const ids = ctx.db
    .prepare(
      `SELECT to_id FROM links WHERE from_type = @type AND from_id = @id AND to_type = @other
       UNION SELECT from_id FROM links WHERE to_type = @type AND to_id = @id AND from_type = @other`,
    )
    .pluck()
    .all({ type, id, other: otherType }) as string[];
  return ids.filter((other) => isLive(ctx, otherType, other)).sort();
}

export function createLink(ctx: ServiceContext, input: { fromType: LinkableType; fromId: string; toType: LinkableType; toId: string; relation: LinkRelation; note?: string }): Link {
  if (input.fromType === input.toType && input.fromId === input.toId) {
    throw new AppError('invalid_input', 'A record cannot be linked to itself.', [{ path: 'toId', message: 'must be another record' }]);
  }
  assertRecord(ctx, input.fromType, input.fromId);
  assertRecord(ctx, input.toType, input.toId);
  const clash = ctx.db
    .prepare('SELECT 1 FROM links WHERE from_type = ? AND from_id = ? AND to_type = ? AND to_id = ? AND relation = ?')
    .get(input.fromType, input.fromId, input.toType, input.toId, input.relation);
  if (clash) throw new AppError('conflict', `This ${input.fromType} already ${input.relation.replace('_', ' ')} that ${input.toType}.`);
  return undoable(ctx, `Link ${input.fromType} to ${input.toType} (${input.relation.replace('_', ' ')})`, () => {
    const id = ctx.newId();
    ctx.db
      .prepare('INSERT INTO links (id, from_type, from_id, to_type, to_id, relation, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.fromType, input.fromId, input.toType, input.toId, input.relation, input.note ?? '', ctx.now());
    return toLink(ctx.db.prepare('SELECT * FROM links WHERE id = ?').get(id) as LinkRow);
  });
}

export function deleteLink(ctx: ServiceContext, id: string): { id: string } {
  const row = ctx.db.prepare('SELECT * FROM links WHERE id = ?').get(id) as LinkRow | undefined;
  if (!row) throw new AppError('not_found', `No link with id ${id} in this workspace.`);
  return undoable(ctx, `Remove link ${row.from_type} to ${row.to_type}`, () => {
    ctx.db.prepare('DELETE FROM links WHERE id = ?').run(id);
    return { id };
  });
}
