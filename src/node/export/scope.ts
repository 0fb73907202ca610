import { AppError } from '../../shared/api/errors';
import type { ExportScope } from '../../shared/schemas/export';
import type { Account } from '../../shared/schemas/witness';
import type { Figure } from '../../shared/schemas/figure';
import type { Quote } from '../../shared/schemas/evidence';
import type { Incident } from '../../shared/schemas/incident';
import { listAccounts } from '../services/accounts';
import { getCase } from '../services/cases';
import { descendantIds, getCode } from '../services/codes';
import type { ServiceContext } from '../services/context';
import { getFigure, listFigures } from '../services/figures';
import { getIncident, listIncidents } from '../services/incidents';
import { getAccount } from '../services/accounts';
import { getQuote, listQuotes } from '../services/quotes';
import { assertRecord } from '../services/record-tables';

/** The records a scope covers, before any profile is applied. */
export interface ScopeRecords {
  title: string;
  caseIds: string[];
  articleIds: string[];
  /** null: every live highlight of the articles; otherwise only these. */
  highlightIds: string[] | null;
  figures: Figure[];
  quotes: Quote[];
  accounts: Account[];
  incidents: Incident[];
  /** Witnesses of the scope besides those of its accounts. */
  witnessIds: string[];
  /** Actors of the scope besides reporters and speakers. */
  actorIds: string[];
  /** Codes the scope is about (code scope). */
  codeIds: string[];
}

const ids = (sql: string, ctx: ServiceContext, ...params: unknown[]) => ctx.db.prepare(sql).pluck().all(...params) as string[];
const unique = <T extends { id: string }>(items: T[]) => [...new Map(items.map((i) => [i.id, i])).values()];

function tagged(ctx: ServiceContext, type: string, codeIds: string[]): string[] {
  return ids('SELECT DISTINCT item_id FROM taggings WHERE item_type = ? AND code_id IN (SELECT value FROM json_each(?)) ORDER BY item_id', ctx, type, JSON.stringify(codeIds));
}

const live = <T>(load: (id: string) => T) => (id: string): T[] => {
  try {
    return [load(id)];
  } catch (e) {
    if (e instanceof AppError && e.code === 'not_found') return [];
    throw e;
  }
};

/** Incidents the figures belong to, added to those of the scope. */
function withFigureIncidents(ctx: ServiceContext, incidents: Incident[], figures: Figure[]): Incident[] {
  const extra = figures.flatMap((f) => (f.incidentId ? live((id) => getIncident(ctx, id))(f.incidentId) : []));
  return unique([...incidents, ...extra]);
}

export function recordsOfScope(ctx: ServiceContext, scope: ExportScope): ScopeRecords {
  const empty = { caseIds: [], highlightIds: null, figures: [], quotes: [], accounts: [], incidents: [], witnessIds: [], actorIds: [], codeIds: [] };
  switch (scope.kind) {
    case 'case': {
      const kase = getCase(ctx, scope.caseId);
      const figures = listFigures(ctx, { caseId: kase.id });
      return {
        ...empty,
        title: kase.title,
        caseIds: [kase.id],
        articleIds: ids('SELECT ca.article_id FROM case_articles ca JOIN articles a ON a.id = ca.article_id WHERE ca.case_id = ? AND a.deleted_at IS NULL ORDER BY ca.added_at, a.id', ctx, kase.id),
        figures,
        quotes: listQuotes(ctx, { caseId: kase.id }),
        accounts: listAccounts(ctx, { caseId: kase.id }),
        incidents: withFigureIncidents(ctx, listIncidents(ctx, { caseId: kase.id }), figures),
        witnessIds: ids('SELECT id FROM witnesses WHERE case_id = ? AND deleted_at IS NULL ORDER BY code', ctx, kase.id),
      };
    }
    case 'articles': {
      const articleIds = [...new Set(scope.articleIds)];
      for (const id of articleIds) assertRecord(ctx, 'article', id);
      const figures = articleIds.flatMap((articleId) => listFigures(ctx, { articleId }));
      const title = articleIds.length === 1 ? (ctx.db.prepare('SELECT title FROM articles WHERE id = ?').pluck().get(articleIds[0]) as string) : `${articleIds.length} articles`;
      return { ...empty, title, articleIds, figures, quotes: articleIds.flatMap((articleId) => listQuotes(ctx, { articleId })), incidents: withFigureIncidents(ctx, [], figures) };
    }
    case 'code': {
      const code = getCode(ctx, scope.codeId);
      const codeIds = scope.includeChildren ? descendantIds(ctx, code.id) : [code.id];
      const highlightIds = ids(
        `SELECT h.id FROM highlights h JOIN articles a ON a.id = h.article_id WHERE h.deleted_at IS NULL AND a.deleted_at IS NULL AND h.status <> 'orphaned'
         AND h.id IN (SELECT item_id FROM taggings WHERE item_type = 'highlight' AND code_id IN (SELECT value FROM json_each(?))) ORDER BY a.title COLLATE NOCASE, a.id, h.start_pos`,
        ctx,
        JSON.stringify(codeIds),
      );
      const articleIds = [...new Set(ids("SELECT article_id FROM highlights WHERE id IN (SELECT value FROM json_each(?))", ctx, JSON.stringify(highlightIds)))];
      for (const id of tagged(ctx, 'article', codeIds)) if (!articleIds.includes(id) && ids('SELECT id FROM articles WHERE id = ? AND deleted_at IS NULL', ctx, id).length) articleIds.push(id);
      const figures = tagged(ctx, 'figure', codeIds).flatMap(live((id) => getFigure(ctx, id)));
      return {
        ...empty,
        title: `Code: ${code.name}`,
        articleIds,
        highlightIds,
        figures,
        quotes: tagged(ctx, 'quote', codeIds).flatMap(live((id) => getQuote(ctx, id))),
        accounts: tagged(ctx, 'account', codeIds).flatMap(live((id) => getAccount(ctx, id))),
        incidents: withFigureIncidents(ctx, tagged(ctx, 'incident', codeIds).flatMap(live((id) => getIncident(ctx, id))), figures),
        actorIds: tagged(ctx, 'actor', codeIds),
        caseIds: tagged(ctx, 'case', codeIds).filter((id) => ids('SELECT id FROM cases WHERE id = ? AND deleted_at IS NULL', ctx, id).length > 0),
        codeIds,
      };
    }
    case 'all':
      return {
        ...empty,
        title: 'Whole workspace',
        caseIds: ids('SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE, id', ctx),
        articleIds: ids('SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE, id', ctx),
        figures: listFigures(ctx),
        quotes: listQuotes(ctx),
        accounts: listAccounts(ctx),
        incidents: listIncidents(ctx),
        witnessIds: ids('SELECT id FROM witnesses WHERE deleted_at IS NULL ORDER BY code', ctx),
        actorIds: ids('SELECT id FROM actors WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY name COLLATE NOCASE, id', ctx),
      };
  }
}
