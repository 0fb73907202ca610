import { AppError } from '../../shared/api/errors';
import { normalizeAlias, normalizedAliasMatch } from '../../shared/domain/aliases';
import type { Actor, ActorMatch, ActorType } from '../../shared/schemas/actor';
import type { ServiceContext } from './context';
import { undoable } from './undo';

interface ActorRow {
  id: string;
  name: string;
  name_normalized: string;
  type: ActorType;
  description: string;
  created_at: string;
  updated_at: string;
}

interface AliasRow {
  id: string;
  actor_id: string;
  alias: string;
  normalized: string;
  language: string | null;
}

export interface AliasInput {
  alias: string;
  language?: string;
}

function aliasesOf(ctx: ServiceContext, actorId: string): AliasRow[] {
  return ctx.db.prepare('SELECT * FROM actor_aliases WHERE actor_id = ? ORDER BY created_at, rowid').all(actorId) as AliasRow[];
}

/** Every actor's aliases in one query (for lists), in the order aliasesOf gives them. */
function allAliases(ctx: ServiceContext): Map<string, AliasRow[]> {
  const byActor = new Map<string, AliasRow[]>();
  for (const a of ctx.db.prepare('SELECT * FROM actor_aliases ORDER BY created_at, rowid').all() as AliasRow[]) {
    const list = byActor.get(a.actor_id);
    if (list) list.push(a);
    else byActor.set(a.actor_id, [a]);
  }
  return byActor;
}

function toActor(ctx: ServiceContext, r: ActorRow, aliases: AliasRow[] = aliasesOf(ctx, r.id)): Actor {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    description: r.description,
    aliases: aliases.map((a) => ({ id: a.id, alias: a.alias, language: a.language })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getActor(ctx: ServiceContext, id: string): Actor {
  const row = ctx.db.prepare('SELECT * FROM actors WHERE id = ? AND deleted_at IS NULL').get(id) as ActorRow | undefined;
  if (!row) throw new AppError('not_found', `No actor with id ${id} in this workspace.`);
  return toActor(ctx, row);
}

/** Actors by name, optionally of one type and matching words of a name or alias (alias normalisation). */
export function listActors(ctx: ServiceContext, filter: { type?: ActorType; filter?: string } = {}): Actor[] {
  const words = normalizeAlias(filter.filter ?? '');
  const rows = ctx.db
    .prepare(
      `SELECT a.* FROM actors a WHERE a.deleted_at IS NULL AND (@type IS NULL OR a.type = @type)
       AND (@words = '' OR instr(a.name_normalized, @words) > 0 OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.id AND instr(x.normalized, @words) > 0))
       ORDER BY a.name COLLATE NOCASE, a.id`,
    )
    .all({ type: filter.type ?? null, words }) as ActorRow[];
  const aliases = allAliases(ctx);
  return rows.map((r) => toActor(ctx, r, aliases.get(r.id) ?? []));
}

function normalizedName(name: string, what = 'name'): string {
  const n = normalizeAlias(name);
  if (!n) throw new AppError('invalid_input', `The ${what} “${name}” has no letters or digits once normalised.`, [{ path: what, message: 'must contain letters or digits' }]);
  return n;
}

function assertNameFree(ctx: ServiceContext, normalized: string, type: ActorType, exceptId: string | null, name: string): void {
  const clash = ctx.db.prepare('SELECT name FROM actors WHERE name_normalized = ? AND type = ? AND deleted_at IS NULL AND id IS NOT ?').pluck().get(normalized, type, exceptId) as string | undefined;
  if (clash) throw new AppError('conflict', `An actor “${clash}” of the same type already has the name “${name}”; add an alias to it, or merge the two.`);
}

/** Keeps the aliases' search text on the actor row in step (the search index reads it). */
function syncAliasText(ctx: ServiceContext, actorId: string): void {
  const text = aliasesOf(ctx, actorId).map((a) => a.alias).join('\n');
  ctx.db.prepare('UPDATE actors SET alias_text = ? WHERE id = ?').run(text, actorId);
}

/** Adds an alias inside the current action; returns false when the actor already has it (or it is the name). */
function insertAlias(ctx: ServiceContext, actorId: string, alias: AliasInput, strict: boolean): boolean {
  const normalized = normalizedName(alias.alias, 'alias');
  const actor = ctx.db.prepare('SELECT name, name_normalized FROM actors WHERE id = ?').get(actorId) as { name: string; name_normalized: string };
  const existing = ctx.db.prepare('SELECT alias FROM actor_aliases WHERE actor_id = ? AND normalized = ?').pluck().get(actorId, normalized) as string | undefined;
  if (normalized === actor.name_normalized || existing !== undefined) {
    if (strict) throw new AppError('conflict', `“${alias.alias}” is already ${existing === undefined ? 'the name' : `an alias (“${existing}”)`} of ${actor.name}.`);
    return false;
  }
  ctx.db
    .prepare('INSERT INTO actor_aliases (id, actor_id, alias, normalized, language, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(ctx.newId(), actorId, alias.alias.trim(), normalized, alias.language ?? null, ctx.now());
  return true;
}

export function createActor(ctx: ServiceContext, input: { name: string; type: ActorType; description?: string; aliases?: AliasInput[] }): Actor {
  const name = input.name.trim();
  const normalized = normalizedName(name);
  assertNameFree(ctx, normalized, input.type, null, name);
  return undoable(ctx, `Add actor “${name}”`, () => {
    const id = ctx.newId();
    const now = ctx.now();
    ctx.db
      .prepare('INSERT INTO actors (id, name, name_normalized, type, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, name, normalized, input.type, input.description ?? '', now, now);
    for (const alias of input.aliases ?? []) insertAlias(ctx, id, alias, false);
    syncAliasText(ctx, id);
    return getActor(ctx, id);
  });
}

export function updateActor(ctx: ServiceContext, id: string, patch: { name?: string; type?: ActorType; description?: string }): Actor {
  const current = getActor(ctx, id);
  const name = patch.name?.trim() ?? current.name;
  const type = patch.type ?? current.type;
  const normalized = normalizedName(name);
  assertNameFree(ctx, normalized, type, id, name);
  return undoable(ctx, `Edit actor “${current.name}”`, () => {
    ctx.db
      .prepare('UPDATE actors SET name = ?, name_normalized = ?, type = ?, description = ?, updated_at = ? WHERE id = ?')
      .run(name, normalized, type, patch.description ?? current.description, ctx.now(), id);
    return getActor(ctx, id);
  });
}

/** What still refers to an actor: figures it reported, quotes it spoke. */
function references(ctx: ServiceContext, id: string): { figures: number; quotes: number } {
  const n = (sql: string) => ctx.db.prepare(sql).pluck().get(id) as number;
  return {
    figures: n('SELECT count(*) FROM figures WHERE reporter_id = ? AND deleted_at IS NULL'),
    quotes: n('SELECT count(*) FROM quotes WHERE speaker_id = ? AND deleted_at IS NULL'),
  };
}

export function deleteActor(ctx: ServiceContext, id: string): { id: string } {
  const actor = getActor(ctx, id);
  const refs = references(ctx, id);
  if (refs.figures || refs.quotes) {
    const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
    throw new AppError('conflict', `${actor.name} is the reporter of ${n(refs.figures, 'figure')} and the speaker of ${n(refs.quotes, 'quote')}; merge it into another actor instead of deleting it.`);
  }
  return undoable(ctx, `Delete actor “${actor.name}”`, () => {
    ctx.db.prepare('UPDATE actors SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
    return { id };
  });
}

export function addAlias(ctx: ServiceContext, actorId: string, alias: AliasInput): Actor {
  const actor = getActor(ctx, actorId);
  normalizedName(alias.alias, 'alias');
  return undoable(ctx, `Add alias “${alias.alias.trim()}” to ${actor.name}`, () => {
    insertAlias(ctx, actorId, alias, true);
    syncAliasText(ctx, actorId);
    ctx.db.prepare('UPDATE actors SET updated_at = ? WHERE id = ?').run(ctx.now(), actorId);
    return getActor(ctx, actorId);
  });
}

export function removeAlias(ctx: ServiceContext, actorId: string, aliasId: string): Actor {
  const actor = getActor(ctx, actorId);
  const alias = actor.aliases.find((a) => a.id === aliasId);
  if (!alias) throw new AppError('not_found', `${actor.name} has no alias with id ${aliasId}.`);
  return undoable(ctx, `Remove alias “${alias.alias}” from ${actor.name}`, () => {
    ctx.db.prepare('DELETE FROM actor_aliases WHERE id = ?').run(aliasId);
    syncAliasText(ctx, actorId);
    ctx.db.prepare('UPDATE actors SET updated_at = ? WHERE id = ?').run(ctx.now(), actorId);
    return getActor(ctx, actorId);
  });
}

/**
 * Two actors turn out to be the same: the source's name and aliases become aliases of the target,
 * figures it reported, quotes it spoke, links to it and its codes move to the target, and the source goes to
 * the trash (merged_into records where it went). One undoable action.
 */
export function mergeActors(ctx: ServiceContext, sourceId: string, targetId: string): Actor {
  if (sourceId === targetId) throw new AppError('invalid_input', 'An actor cannot be merged into itself.', [{ path: 'targetId', message: 'must differ from sourceId' }]);
  const source = getActor(ctx, sourceId);
  const target = getActor(ctx, targetId);
  return undoable(ctx, `Merge “${source.name}” into “${target.name}”`, () => {
    insertAlias(ctx, targetId, { alias: source.name }, false);
    for (const a of aliasesOf(ctx, sourceId)) {
      ctx.db.prepare('DELETE FROM actor_aliases WHERE id = ?').run(a.id);
      insertAlias(ctx, targetId, { alias: a.alias, language: a.language ?? undefined }, false);
    }
    const now = ctx.now();
    ctx.db.prepare('UPDATE figures SET reporter_id = ?, updated_at = ? WHERE reporter_id = ?').run(targetId, now, sourceId);
    ctx.db.prepare('UPDATE quotes SET speaker_id = ?, updated_at = ? WHERE speaker_id = ?').run(targetId, now, sourceId);
    ctx.db.prepare("UPDATE OR IGNORE links SET from_id = ? WHERE from_type = 'actor' AND from_id = ?").run(targetId, sourceId);
    ctx.db.prepare("UPDATE OR IGNORE links SET to_id = ? WHERE to_type = 'actor' AND to_id = ?").run(targetId, sourceId);
    ctx.db.prepare("DELETE FROM links WHERE (from_type = 'actor' AND from_id = ?) OR (to_type = 'actor' AND to_id = ?)").run(sourceId, sourceId);
    ctx.db.prepare("INSERT OR IGNORE INTO taggings (code_id, item_type, item_id, created_at) SELECT code_id, 'actor', ?, created_at FROM taggings WHERE item_type = 'actor' AND item_id = ?").run(targetId, sourceId);
    ctx.db.prepare("DELETE FROM taggings WHERE item_type = 'actor' AND item_id = ?").run(sourceId);
    ctx.db.prepare('UPDATE actors SET deleted_at = ?, merged_into = ?, updated_at = ? WHERE id = ?').run(now, targetId, now, sourceId);
    syncAliasText(ctx, sourceId);
    syncAliasText(ctx, targetId);
    ctx.db.prepare('UPDATE actors SET updated_at = ? WHERE id = ?').run(now, targetId);
    return getActor(ctx, targetId);
  });
}

/**
 * Actors a name may refer to, through the one alias normalisation: exact matches (the whole name
 * or an alias normalises alike: "Ahmed al Sharaa" = "Ahmed al-Sharaa", "احمد الشرع" = "أحمد الشرع")
 * first, then partial ones (every word of the query is a word of the name or an alias).
 */
export function matchActors(ctx: ServiceContext, name: string): ActorMatch[] {
  const q = normalizeAlias(name);
  if (!q) return [];
  const rows = ctx.db.prepare('SELECT * FROM actors WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id').all() as ActorRow[];
  const aliases = allAliases(ctx);
  const matches: ActorMatch[] = [];
  for (const row of rows) {
    const own = aliases.get(row.id) ?? [];
    const names = [{ text: row.name, normalized: row.name_normalized }, ...own.map((a) => ({ text: a.alias, normalized: a.normalized }))];
    const exact = names.find((n) => normalizedAliasMatch(q, n.normalized) === 'exact');
    const found = exact ?? names.find((n) => normalizedAliasMatch(q, n.normalized) === 'partial');
    if (found) matches.push({ actor: toActor(ctx, row, own), matched: found.text, kind: exact ? 'exact' : 'partial' });
  }
  return matches.sort((a, b) => Number(a.kind === 'partial') - Number(b.kind === 'partial'));
}

/** Every live actor's normalised names, for finding a speaker in text (longest first). */
export function actorNameIndex(ctx: ServiceContext): { actorId: string; normalized: string }[] {
  const rows = ctx.db
    .prepare(
      `SELECT id AS actorId, name_normalized AS normalized FROM actors WHERE deleted_at IS NULL
       UNION SELECT x.actor_id, x.normalized FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE a.deleted_at IS NULL`,
    )
    .all() as { actorId: string; normalized: string }[];
  return rows.sort((a, b) => b.normalized.length - a.normalized.length);
}
