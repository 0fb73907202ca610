import { AppError } from '../../shared/api/errors';
import { getArticle } from './articles';
import type { ServiceContext } from './context';
import { assertRecord } from './record-tables';
import { forgetUndoHistory, undoable } from './undo';
import { checkpointLog, purgeWitnesses } from './witnesses';

/** How long a deleted item stays restorable before an automatic purge may remove it. */
export const TRASH_DAYS = 30;

export type TrashType = 'article' | 'highlight' | 'code' | 'case' | 'memo' | 'figure' | 'quote' | 'account' | 'incident' | 'actor' | 'witness';
const TABLES: Record<TrashType, { table: string; title: string }> = {
  article: { table: 'articles', title: 'title' },
  highlight: { table: 'highlights', title: 'exact' },
  code: { table: 'codes', title: 'name' },
  case: { table: 'cases', title: 'title' },
  memo: { table: 'memos', title: 'text' },
  figure: { table: 'figures', title: 'wording' },
  quote: { table: 'quotes', title: 'text' },
  account: { table: 'accounts', title: 'narrative' },
  incident: { table: 'incidents', title: 'title' },
  actor: { table: 'actors', title: 'name' },
  // A witness is listed by code only; their identifying details are never read here.
  witness: { table: 'witnesses', title: 'code' },
};

export interface DeleteImpact {
  highlights: number;
  figures: number;
  quotes: number;
  memos: number;
  caseMemberships: number;
  codeApplications: number;
}

/** What deleting an article takes with it, so the user is told exactly before confirming. */
export function articleDeleteImpact(ctx: ServiceContext, id: string): DeleteImpact {
  assertRecord(ctx, 'article', id);
  const n = (sql: string) => ctx.db.prepare(sql).pluck().get({ id }) as number;
  return {
    highlights: n('SELECT count(*) FROM highlights WHERE article_id = @id AND deleted_at IS NULL'),
    figures: n('SELECT count(*) FROM figures WHERE article_id = @id AND deleted_at IS NULL'),
    quotes: n('SELECT count(*) FROM quotes WHERE article_id = @id AND deleted_at IS NULL'),
    memos: n("SELECT count(*) FROM memos WHERE target_type = 'article' AND target_id = @id AND deleted_at IS NULL"),
    caseMemberships: n('SELECT count(*) FROM case_articles WHERE article_id = @id'),
    codeApplications: n(
      "SELECT count(*) FROM taggings WHERE (item_type = 'article' AND item_id = @id) OR (item_type = 'highlight' AND item_id IN (SELECT id FROM highlights WHERE article_id = @id AND deleted_at IS NULL))",
    ),
  };
}

/** Moves an article to the trash with its highlights, figures, quotes and memos (same deletion time, restored together); undoable. */
export function deleteArticle(ctx: ServiceContext, id: string): DeleteImpact {
  const impact = articleDeleteImpact(ctx, id);
  undoable(ctx, `Move “${getArticle(ctx, id).title.slice(0, 40)}” to the trash`, () => {
    const now = ctx.now();
    ctx.db.prepare('UPDATE articles SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    for (const table of ['highlights', 'figures', 'quotes']) ctx.db.prepare(`UPDATE ${table} SET deleted_at = ? WHERE article_id = ? AND deleted_at IS NULL`).run(now, id);
    ctx.db.prepare("UPDATE memos SET deleted_at = ? WHERE target_type = 'article' AND target_id = ? AND deleted_at IS NULL").run(now, id);
  });
  return impact;
}

export interface TrashItem {
  type: TrashType;
  id: string;
  title: string;
  deletedAt: string;
  /** Days until an automatic purge may remove it. */
  daysLeft: number;
}

export function listTrash(ctx: ServiceContext): TrashItem[] {
  const now = Date.parse(ctx.now());
  const items: TrashItem[] = [];
  for (const [type, { table, title }] of Object.entries(TABLES) as [TrashType, (typeof TABLES)[TrashType]][]) {
    // Highlights and memos that left with their article come back with it; they are not listed alone.
    const alone =
      type === 'highlight' || type === 'figure' || type === 'quote'
        ? 'AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id AND a.deleted_at = t.deleted_at)'
        : type === 'memo'
          ? "AND NOT (t.target_type = 'article' AND EXISTS (SELECT 1 FROM articles a WHERE a.id = t.target_id AND a.deleted_at = t.deleted_at))"
          : type === 'account'
            ? 'AND NOT EXISTS (SELECT 1 FROM witnesses w WHERE w.id = t.witness_id AND w.deleted_at = t.deleted_at)'
            : '';
    const rows = ctx.db.prepare(`SELECT id, substr(${title}, 1, 200) AS title, deleted_at FROM ${table} t WHERE deleted_at IS NOT NULL ${alone}`).all() as { id: string; title: string; deleted_at: string }[];
    for (const r of rows) {
      const age = (now - Date.parse(r.deleted_at)) / 86_400_000;
      items.push({ type, id: r.id, title: r.title, deletedAt: r.deleted_at, daysLeft: Math.max(0, Math.ceil(TRASH_DAYS - age)) });
    }
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

/** An account comes back only to a live witness. */
function assertWitnessLive(ctx: ServiceContext, accountId: string): void {
  const code = ctx.db.prepare('SELECT w.code FROM accounts x JOIN witnesses w ON w.id = x.witness_id WHERE x.id = ? AND w.deleted_at IS NOT NULL').pluck().get(accountId) as string | undefined;
  if (code) throw new AppError('conflict', `This account belongs to ${code}, who is in the trash; restore ${code} first.`);
}

/** Restores an item from the trash (an article or witness with what left with it); undoable. */
export function restoreFromTrash(ctx: ServiceContext, type: TrashType, id: string): { restored: number } {
  const { table } = TABLES[type];
  const row = ctx.db.prepare(`SELECT deleted_at FROM ${table} WHERE id = ? AND deleted_at IS NOT NULL`).get(id) as { deleted_at: string } | undefined;
  if (!row) throw new AppError('not_found', `There is no ${type} with id ${id} in the trash.`);
  if (type === 'account') assertWitnessLive(ctx, id);
  const title = (ctx.db.prepare(`SELECT substr(${TABLES[type].title}, 1, 40) FROM ${table} WHERE id = ?`).pluck().get(id) as string | null) ?? type;
  return undoable(ctx, `Restore “${title}” from the trash`, () => {
    let restored = 0;
    try {
      restored += ctx.db.prepare(`UPDATE ${table} SET deleted_at = NULL WHERE id = ?`).run(id).changes;
    } catch (error) {
      if (/UNIQUE/.test((error as Error).message)) throw new AppError('conflict', `A live ${type} with the same name exists; rename it first, then restore.`);
      throw error;
    }
    if (type === 'article') {
      for (const table of ['highlights', 'figures', 'quotes']) {
        restored += ctx.db.prepare(`UPDATE ${table} SET deleted_at = NULL WHERE article_id = ? AND deleted_at = ?`).run(id, row.deleted_at).changes;
      }
      restored += ctx.db.prepare("UPDATE memos SET deleted_at = NULL WHERE target_type = 'article' AND target_id = ? AND deleted_at = ?").run(id, row.deleted_at).changes;
    }
    if (type === 'witness') restored += ctx.db.prepare('UPDATE accounts SET deleted_at = NULL WHERE witness_id = ? AND deleted_at = ?').run(id, row.deleted_at).changes;
    return { restored };
  });
}

/**
 * Permanently removes trashed items deleted more than `olderThanDays` ago (0: everything in the
 * trash), witnesses with their accounts and identity. When anything goes, the undo and redo history goes too: its entries may name the removed
 * rows, and replaying them would fail on a missing record or touch a row that took its place.
 */
export function emptyTrash(ctx: ServiceContext, olderThanDays = 0): { removed: number } {
  const cutoff = new Date(Date.parse(ctx.now()) - olderThanDays * 86_400_000).toISOString();
  let witnesses = 0;
  const result = ctx.db.transaction(() => {
    let removed = 0;
    const run = (sql: string) => (removed += ctx.db.prepare(sql).run(cutoff).changes);
    const gone = (table: string) => `SELECT id FROM ${table} WHERE deleted_at IS NOT NULL AND deleted_at <= ?`;
    ctx.db.prepare(`DELETE FROM taggings WHERE item_type = 'highlight' AND item_id IN (${gone('highlights')})`).run(cutoff);
    ctx.db.prepare(`DELETE FROM taggings WHERE item_type = 'article' AND item_id IN (${gone('articles')})`).run(cutoff);
    ctx.db.prepare(`DELETE FROM taggings WHERE item_type = 'case' AND item_id IN (${gone('cases')})`).run(cutoff);
    for (const [table, type] of [['figures', 'figure'], ['quotes', 'quote'], ['accounts', 'account']] as const) {
      ctx.db.prepare(`DELETE FROM taggings WHERE item_type = '${type}' AND item_id IN (${gone(table)})`).run(cutoff);
      ctx.db.prepare(`DELETE FROM links WHERE (from_type = '${type}' AND from_id IN (${gone(table)})) OR (to_type = '${type}' AND to_id IN (${gone(table)}))`).run(cutoff, cutoff);
      run(`DELETE FROM ${table} WHERE deleted_at IS NOT NULL AND deleted_at <= ?`);
    }
    run('DELETE FROM highlights WHERE deleted_at IS NOT NULL AND deleted_at <= ?');
    run('DELETE FROM memos WHERE deleted_at IS NOT NULL AND deleted_at <= ?');
    ctx.db.prepare(`DELETE FROM case_articles WHERE case_id IN (${gone('cases')}) OR article_id IN (${gone('articles')})`).run(cutoff, cutoff);
    run('DELETE FROM cases WHERE deleted_at IS NOT NULL AND deleted_at <= ?');
    const articles = ctx.db.prepare(`SELECT id, original_sha256 FROM articles WHERE deleted_at IS NOT NULL AND deleted_at <= ?`).all(cutoff) as { id: string; original_sha256: string }[];
    for (const a of articles) {
      ctx.db.prepare('DELETE FROM highlights WHERE article_id = ?').run(a.id);
      ctx.db.prepare("DELETE FROM memos WHERE target_type = 'article' AND target_id = ?").run(a.id);
      ctx.db.prepare('DELETE FROM article_revisions WHERE article_id = ?').run(a.id);
      removed += ctx.db.prepare('DELETE FROM articles WHERE id = ?').run(a.id).changes;
      ctx.db.prepare('DELETE FROM originals WHERE sha256 = ?').run(a.original_sha256);
    }
    removed += purgeIncidentsAndActors(ctx, cutoff);
    witnesses = purgeWitnesses(ctx, cutoff);
    removed += witnesses;
    const codes = ctx.db.prepare('SELECT id FROM codes WHERE deleted_at IS NOT NULL AND deleted_at <= ? ORDER BY rowid DESC').pluck().all(cutoff) as string[];
    for (const id of codes) {
      if (ctx.db.prepare('SELECT 1 FROM codes WHERE parent_id = ?').get(id)) continue; // still a parent of another trashed code
      ctx.db.prepare('DELETE FROM taggings WHERE code_id = ?').run(id);
      removed += ctx.db.prepare('DELETE FROM codes WHERE id = ?').run(id).changes;
    }
    removed += purgeRedactions(ctx, cutoff);
    if (removed > 0) forgetUndoHistory(ctx);
    return { removed };
  }).immediate();
  if (witnesses > 0) checkpointLog(ctx.db); // no page version with an identity stays in the -wal file
  return result;
}

/**
 * Incidents and actors deleted before the cutoff go for good, with their codes, links and (for
 * actors) names. Figures that pointed at an incident keep their place and lose the pointer; an
 * actor that a figure, quote or merged actor still names (even one in the trash) waits until that
 * record has gone.
 */
function purgeIncidentsAndActors(ctx: ServiceContext, cutoff: string): number {
  let removed = 0;
  const detach = (type: 'incident' | 'actor', id: string) => {
    ctx.db.prepare('DELETE FROM taggings WHERE item_type = ? AND item_id = ?').run(type, id);
    ctx.db.prepare('DELETE FROM links WHERE (from_type = ? AND from_id = ?) OR (to_type = ? AND to_id = ?)').run(type, id, type, id);
  };
  for (const id of ctx.db.prepare('SELECT id FROM incidents WHERE deleted_at IS NOT NULL AND deleted_at <= ?').pluck().all(cutoff) as string[]) {
    detach('incident', id);
    removed += ctx.db.prepare('DELETE FROM incidents WHERE id = ?').run(id).changes;
  }
  const actors = ctx.db
    .prepare(
      `SELECT r.id FROM actors r WHERE r.deleted_at IS NOT NULL AND r.deleted_at <= ?
         AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.reporter_id = r.id)
         AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = r.id)
       ORDER BY r.merged_into IS NULL, r.deleted_at`,
    )
    .pluck()
    .all(cutoff) as string[];
  for (const id of actors) {
    if (ctx.db.prepare('SELECT 1 FROM actors WHERE merged_into = ?').get(id)) continue; // another actor in the trash records it was merged into this one
    detach('actor', id);
    ctx.db.prepare('DELETE FROM actor_aliases WHERE actor_id = ?').run(id);
    removed += ctx.db.prepare('DELETE FROM actors WHERE id = ?').run(id).changes;
  }
  return removed;
}

/**
 * Redactions deleted before the cutoff go for good, and so do the redactions of texts that are
 * gone (a purged article, account, quote or memo): the words they mark must not outlive them.
 */
function purgeRedactions(ctx: ServiceContext, cutoff: string): number {
  return ctx.db
    .prepare(
      `DELETE FROM redactions WHERE (deleted_at IS NOT NULL AND deleted_at <= ?)
         OR (target_type = 'article' AND target_id NOT IN (SELECT id FROM articles))
         OR (target_type IN ('account_narrative', 'account_translation') AND target_id NOT IN (SELECT id FROM accounts))
         OR (target_type = 'quote' AND target_id NOT IN (SELECT id FROM quotes))
         OR (target_type = 'memo' AND target_id NOT IN (SELECT id FROM memos))`,
    )
    .run(cutoff).changes;
}
