import { AppError } from '../../shared/api/errors';
import type { Case } from '../../shared/schemas/case';
import type { ServiceContext } from './context';
import { assertRecord } from './record-tables';
import { undoable } from './undo';

interface CaseRow {
  id: string;
  title: string;
  description: string;
  created_at: string;
  updated_at: string;
  article_count: number;
}

const SELECT_CASE = `SELECT c.*, (SELECT count(*) FROM case_articles ca JOIN articles a ON a.id = ca.article_id
  WHERE ca.case_id = c.id AND a.deleted_at IS NULL) AS article_count FROM cases c`;

function toCase(r: CaseRow): Case {
  return { id: r.id, title: r.title, description: r.description, articleCount: r.article_count, createdAt: r.created_at, updatedAt: r.updated_at };
}

export function listCases(ctx: ServiceContext): Case[] {
  return (ctx.db.prepare(`${SELECT_CASE} WHERE c.deleted_at IS NULL ORDER BY c.title COLLATE NOCASE`).all() as CaseRow[]).map(toCase);
}

export function getCase(ctx: ServiceContext, id: string): Case {
  const row = ctx.db.prepare(`${SELECT_CASE} WHERE c.id = ? AND c.deleted_at IS NULL`).get(id) as CaseRow | undefined;
  if (!row) throw new AppError('not_found', `No case with id ${id} in this workspace.`);
  return toCase(row);
}

function assertTitleFree(ctx: ServiceContext, title: string, exceptId: string | null): void {
  const clash = ctx.db.prepare('SELECT 1 FROM cases WHERE lower(title) = lower(?) AND deleted_at IS NULL AND id IS NOT ?').get(title, exceptId);
  if (clash) throw new AppError('conflict', `A case called “${title}” already exists.`);
}

/** Inserts a case without an undo group of its own (used by the demo loader). */
export function insertCase(ctx: ServiceContext, title: string, description: string): Case {
  assertTitleFree(ctx, title.trim(), null);
  const id = ctx.newId();
  const now = ctx.now();
  ctx.db.prepare('INSERT INTO cases (id, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, title.trim(), description, now, now);
  return getCase(ctx, id);
}

export function createCase(ctx: ServiceContext, title: string, description = ''): Case {
  return undoable(ctx, `Create case “${title.trim()}”`, () => insertCase(ctx, title, description));
}

export function updateCase(ctx: ServiceContext, id: string, patch: { title?: string; description?: string }): Case {
  const current = getCase(ctx, id);
  return undoable(ctx, `Edit case “${current.title}”`, () => {
    const title = patch.title?.trim() ?? current.title;
    if (patch.title !== undefined) assertTitleFree(ctx, title, id);
    ctx.db.prepare('UPDATE cases SET title = ?, description = ?, updated_at = ? WHERE id = ?').run(title, patch.description ?? current.description, ctx.now(), id);
    return getCase(ctx, id);
  });
}

/** Moves a case to the trash; its articles stay in the library. */
export function deleteCase(ctx: ServiceContext, id: string): { id: string } {
  const current = getCase(ctx, id);
  return undoable(ctx, `Delete case “${current.title}”`, () => {
    ctx.db.prepare('UPDATE cases SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
    return { id };
  });
}

export function linkArticles(ctx: ServiceContext, caseId: string, articleIds: readonly string[]): number {
  const insert = ctx.db.prepare('INSERT OR IGNORE INTO case_articles (case_id, article_id, added_at) VALUES (?, ?, ?)');
  let added = 0;
  for (const articleId of articleIds) {
    assertRecord(ctx, 'article', articleId);
    added += insert.run(caseId, articleId, ctx.now()).changes;
  }
  return added;
}

/** Adds articles to a case (an article may belong to several cases). */
export function addArticlesToCase(ctx: ServiceContext, caseId: string, articleIds: readonly string[]): Case {
  const c = getCase(ctx, caseId);
  return undoable(ctx, `Add ${articleIds.length === 1 ? 'an article' : `${articleIds.length} articles`} to “${c.title}”`, () => {
    linkArticles(ctx, caseId, articleIds);
    return getCase(ctx, caseId);
  });
}

export function removeArticleFromCase(ctx: ServiceContext, caseId: string, articleId: string): Case {
  const c = getCase(ctx, caseId);
  return undoable(ctx, `Remove an article from “${c.title}”`, () => {
    ctx.db.prepare('DELETE FROM case_articles WHERE case_id = ? AND article_id = ?').run(caseId, articleId);
    return getCase(ctx, caseId);
  });
}

export function casesOfArticle(ctx: ServiceContext, articleId: string): string[] {
  return ctx.db
    .prepare('SELECT ca.case_id FROM case_articles ca JOIN cases c ON c.id = ca.case_id WHERE ca.article_id = ? AND c.deleted_at IS NULL')
    .pluck()
    .all(articleId) as string[];
}
