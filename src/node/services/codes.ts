import { AppError } from '../../shared/api/errors';
import { TaggableType, type Code, type CodeDescription, type CodeWithCounts } from '../../shared/schemas/code';
import type { ServiceContext } from './context';
import { RECORD_TABLES } from './record-tables';
import { undoable } from './undo';

interface CodeRow {
  id: string;
  parent_id: string | null;
  name: string;
  color: string;
  definition: string;
  when_to_use: string;
  when_not_to_use: string;
  example: string;
  shortcut: string | null;
  is_codable: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
  uses?: number;
  documents?: number;
}

function toCode(r: CodeRow): Code {
  return {
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    color: r.color,
    description: { definition: r.definition, whenToUse: r.when_to_use, whenNotToUse: r.when_not_to_use, example: r.example },
    shortcut: r.shortcut,
    isCodable: r.is_codable === 1,
    sortOrder: r.sort_order,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Articles a tagging touches: the article itself, or the article of a highlight. */
export const TAGGING_ARTICLE_SQL = `CASE t.item_type WHEN 'article' THEN t.item_id
  WHEN 'highlight' THEN (SELECT h.article_id FROM highlights h WHERE h.id = t.item_id AND h.deleted_at IS NULL) END`;

/** Taggings whose item is alive (not in the trash). */
export const LIVE_TAGGING_SQL = `(CASE t.item_type ${TaggableType.options
  .map((type) => `WHEN '${type}' THEN EXISTS (SELECT 1 FROM ${RECORD_TABLES[type]} x WHERE x.id = t.item_id AND x.deleted_at IS NULL)`)
  .join(' ')} END)`;

export function listCodes(ctx: ServiceContext): CodeWithCounts[] {
  const rows = ctx.db
    .prepare(
      `SELECT c.*,
         (SELECT count(*) FROM taggings t WHERE t.code_id = c.id AND ${LIVE_TAGGING_SQL}) AS uses,
         (SELECT count(DISTINCT ${TAGGING_ARTICLE_SQL}) FROM taggings t WHERE t.code_id = c.id AND ${LIVE_TAGGING_SQL}) AS documents
       FROM codes c WHERE c.deleted_at IS NULL ORDER BY c.sort_order, c.name COLLATE NOCASE`,
    )
    .all() as CodeRow[];
  return rows.map((r) => ({ ...toCode(r), uses: r.uses ?? 0, documents: r.documents ?? 0 }));
}

export function getCode(ctx: ServiceContext, id: string): Code {
  const row = ctx.db.prepare('SELECT * FROM codes WHERE id = ? AND deleted_at IS NULL').get(id) as CodeRow | undefined;
  if (!row) throw new AppError('not_found', `No code with id ${id} in the codebook.`);
  return toCode(row);
}

function parentLabel(ctx: ServiceContext, parentId: string | null): string {
  return parentId ? `under “${getCode(ctx, parentId).name}”` : 'at the top level';
}

function assertNameFree(ctx: ServiceContext, name: string, parentId: string | null, exceptId: string | null): void {
  const clash = ctx.db
    .prepare("SELECT id FROM codes WHERE ifnull(parent_id, '') = ifnull(?, '') AND lower(name) = lower(?) AND deleted_at IS NULL AND id IS NOT ?")
    .get(parentId, name, exceptId);
  if (clash) throw new AppError('conflict', `A code named “${name}” already exists ${parentLabel(ctx, parentId)}. Names are unique among siblings.`);
}

function assertShortcutFree(ctx: ServiceContext, shortcut: string | null | undefined, exceptId: string | null): void {
  if (!shortcut) return;
  const owner = ctx.db.prepare('SELECT name FROM codes WHERE shortcut = ? AND deleted_at IS NULL AND id IS NOT ?').pluck().get(shortcut, exceptId) as string | undefined;
  if (owner) throw new AppError('conflict', `The key “${shortcut}” already applies the code “${owner}”.`);
}

/** Ids of a code and all its descendants. */
export function descendantIds(ctx: ServiceContext, id: string): string[] {
  return ctx.db
    .prepare(
      `WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT c.id FROM codes c JOIN tree ON c.parent_id = tree.id WHERE c.deleted_at IS NULL)
       SELECT id FROM tree`,
    )
    .pluck()
    .all(id) as string[];
}

export interface NewCode {
  id?: string;
  parentId?: string | null;
  name: string;
  color: string;
  description?: Partial<CodeDescription>;
  shortcut?: string | null;
  isCodable?: boolean;
  sortOrder?: number;
}

/** Inserts a code without its own undo group (used by create, import and the default codebook). */
export function insertCode(ctx: ServiceContext, input: NewCode): Code {
  const name = input.name.trim();
  const parentId = input.parentId ?? null;
  if (parentId) getCode(ctx, parentId);
  assertNameFree(ctx, name, parentId, null);
  assertShortcutFree(ctx, input.shortcut, null);
  const now = ctx.now();
  const id = input.id ?? ctx.newId();
  const d = input.description ?? {};
  const sortOrder =
    input.sortOrder ??
    ((ctx.db.prepare("SELECT ifnull(max(sort_order), -1) + 1 FROM codes WHERE ifnull(parent_id, '') = ifnull(?, '')").pluck().get(parentId) as number));
  ctx.db
    .prepare(
      `INSERT INTO codes (id, parent_id, name, color, definition, when_to_use, when_not_to_use, example, shortcut, is_codable, sort_order, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, parentId, name, input.color, d.definition ?? '', d.whenToUse ?? '', d.whenNotToUse ?? '', d.example ?? '', input.shortcut ?? null, input.isCodable === false ? 0 : 1, sortOrder, now, now);
  return getCode(ctx, id);
}

export function createCode(ctx: ServiceContext, input: NewCode): Code {
  return undoable(ctx, `Create code “${input.name.trim()}”`, () => insertCode(ctx, input));
}

export interface CodePatch {
  name?: string;
  color?: string;
  description?: Partial<CodeDescription>;
  shortcut?: string | null;
  isCodable?: boolean;
}

export function updateCode(ctx: ServiceContext, id: string, patch: CodePatch): Code {
  const current = getCode(ctx, id);
  const label = patch.name && patch.name.trim() !== current.name ? `Rename code “${current.name}” to “${patch.name.trim()}”` : `Edit code “${current.name}”`;
  return undoable(ctx, label, () => {
    const name = patch.name?.trim() ?? current.name;
    if (patch.name !== undefined) assertNameFree(ctx, name, current.parentId, id);
    if (patch.shortcut !== undefined) assertShortcutFree(ctx, patch.shortcut, id);
    const d = { ...current.description, ...patch.description };
    ctx.db
      .prepare(
        `UPDATE codes SET name = ?, color = ?, definition = ?, when_to_use = ?, when_not_to_use = ?, example = ?, shortcut = ?, is_codable = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        name,
        patch.color ?? current.color,
        d.definition,
        d.whenToUse,
        d.whenNotToUse,
        d.example,
        patch.shortcut === undefined ? current.shortcut : patch.shortcut,
        (patch.isCodable ?? current.isCodable) ? 1 : 0,
        ctx.now(),
        id,
      );
    return getCode(ctx, id);
  });
}

/** Moves a code under another parent (or to the top level); a code cannot move under itself. */
export function moveCode(ctx: ServiceContext, id: string, parentId: string | null): Code {
  const code = getCode(ctx, id);
  return undoable(ctx, `Move code “${code.name}”`, () => {
    if (parentId) {
      getCode(ctx, parentId);
      if (descendantIds(ctx, id).includes(parentId)) throw new AppError('conflict', `“${code.name}” cannot move under itself or one of its own sub-codes.`);
    }
    assertNameFree(ctx, code.name, parentId, id);
    ctx.db.prepare('UPDATE codes SET parent_id = ?, updated_at = ? WHERE id = ?').run(parentId, ctx.now(), id);
    return getCode(ctx, id);
  });
}

/** Re-points every use of one code to another (an item coded with both keeps one tagging). */
function moveUses(ctx: ServiceContext, fromId: string, toId: string): number {
  const moved = ctx.db
    .prepare('INSERT OR IGNORE INTO taggings (code_id, item_type, item_id, created_at) SELECT ?, item_type, item_id, created_at FROM taggings WHERE code_id = ?')
    .run(toId, fromId).changes;
  ctx.db.prepare('DELETE FROM taggings WHERE code_id = ?').run(fromId);
  return moved;
}

function trashCode(ctx: ServiceContext, id: string): void {
  ctx.db.prepare('UPDATE codes SET deleted_at = ?, shortcut = NULL, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
}

function mergeInto(ctx: ServiceContext, sourceId: string, targetId: string): void {
  moveUses(ctx, sourceId, targetId);
  const children = ctx.db.prepare('SELECT id, name FROM codes WHERE parent_id = ? AND deleted_at IS NULL').all(sourceId) as { id: string; name: string }[];
  for (const child of children) {
    const twin = ctx.db.prepare('SELECT id FROM codes WHERE parent_id = ? AND lower(name) = lower(?) AND deleted_at IS NULL').pluck().get(targetId, child.name) as string | undefined;
    if (twin) mergeInto(ctx, child.id, twin);
    else ctx.db.prepare('UPDATE codes SET parent_id = ?, updated_at = ? WHERE id = ?').run(targetId, ctx.now(), child.id);
  }
  trashCode(ctx, sourceId);
}

/** Merges source into target: uses combine, sub-codes move (same-named ones merge too), source goes to the trash. */
export function mergeCodes(ctx: ServiceContext, sourceId: string, targetId: string): Code {
  const source = getCode(ctx, sourceId);
  const target = getCode(ctx, targetId);
  if (sourceId === targetId) throw new AppError('invalid_input', 'A code cannot be merged into itself.');
  if (descendantIds(ctx, sourceId).includes(targetId)) throw new AppError('conflict', `“${source.name}” cannot be merged into its own sub-code “${target.name}”.`);
  return undoable(ctx, `Merge “${source.name}” into “${target.name}”`, () => {
    mergeInto(ctx, sourceId, targetId);
    ctx.db.prepare('UPDATE codes SET updated_at = ? WHERE id = ?').run(ctx.now(), targetId);
    return getCode(ctx, targetId);
  });
}

/**
 * Deletes a code to the trash. Its uses go to `usesTo` (another code) or are removed when null;
 * its sub-codes move up to its parent.
 */
export function deleteCode(ctx: ServiceContext, id: string, usesTo: string | null): { movedUses: number; removedUses: number } {
  const code = getCode(ctx, id);
  if (usesTo) {
    getCode(ctx, usesTo);
    if (usesTo === id || descendantIds(ctx, id).includes(usesTo)) throw new AppError('invalid_input', 'Uses must go to a code outside the one being deleted.');
  }
  return undoable(ctx, `Delete code “${code.name}”`, () => {
    const uses = ctx.db.prepare('SELECT count(*) FROM taggings WHERE code_id = ?').pluck().get(id) as number;
    let moved = 0;
    if (usesTo) moved = moveUses(ctx, id, usesTo);
    else ctx.db.prepare('DELETE FROM taggings WHERE code_id = ?').run(id);
    const children = ctx.db.prepare('SELECT id, name FROM codes WHERE parent_id = ? AND deleted_at IS NULL').all(id) as { id: string; name: string }[];
    for (const child of children) {
      assertNameFree(ctx, child.name, code.parentId, child.id);
      ctx.db.prepare('UPDATE codes SET parent_id = ?, updated_at = ? WHERE id = ?').run(code.parentId, ctx.now(), child.id);
    }
    trashCode(ctx, id);
    return { movedUses: usesTo ? uses : 0, removedUses: usesTo ? uses - moved : uses };
  });
}
