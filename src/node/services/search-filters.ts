import type { SearchFilters, SearchRecordType } from '../../shared/schemas/search';
import { DOC_SLOTS, SEARCH_SOURCES } from '../db/migrations/0003-search';
import { descendantIds } from './codes';
import type { ServiceContext } from './context';

export const SLOT_OF: Record<SearchRecordType, number> = Object.fromEntries(SEARCH_SOURCES.map((s) => [s.type, s.slot])) as Record<SearchRecordType, number>;
export const TYPE_OF_SLOT = new Map<number, SearchRecordType>(SEARCH_SOURCES.map((s) => [s.slot, s.type]));

export interface FilterSql {
  sql: string;
  params: Record<string, unknown>;
}

/** Conditions on the article a record belongs to: language, publication dates, case, code. */
function articleConditions(filters: SearchFilters, alias: string): string[] {
  const out: string[] = [];
  if (filters.language) out.push(`${alias}.language = @language`);
  if (filters.from) out.push(`substr(${alias}.published_at, 1, 10) >= @from`);
  if (filters.to) out.push(`substr(${alias}.published_at, 1, 10) <= @to`);
  if (filters.caseId) out.push(`${alias}.id IN (SELECT article_id FROM case_articles WHERE case_id = @caseId)`);
  return out;
}

const CODED = (type: string, idExpr: string) =>
  `EXISTS (SELECT 1 FROM taggings t WHERE t.item_type = '${type}' AND t.item_id = ${idExpr} AND t.code_id IN (SELECT value FROM json_each(@codes)))`;

/**
 * The documents a search may return under the filters, as SQL over document ids, or null when
 * nothing narrows the search (the fast path: every hit counts).
 */
export function filterSql(ctx: ServiceContext, filters: SearchFilters): FilterSql | null {
  const types = filters.types ?? (['article', 'highlight', 'memo', 'case'] as SearchRecordType[]);
  const narrowed = filters.codeId || filters.caseId || filters.language || filters.from || filters.to;
  if (!narrowed && types.length === 4) return null;
  const codes = filters.codeId ? (filters.includeChildCodes ? descendantIds(ctx, filters.codeId) : [filters.codeId]) : [];
  const params = { language: filters.language, from: filters.from, to: filters.to, caseId: filters.caseId, codes: JSON.stringify(codes) };
  const parts: string[] = [];
  const where = (conditions: string[]) => (conditions.length ? `AND ${conditions.join(' AND ')}` : '');
  const slot = (t: SearchRecordType) => `* ${DOC_SLOTS} + ${SLOT_OF[t]}`;
  if (types.includes('article')) {
    const c = articleConditions(filters, 'a');
    if (filters.codeId) c.push(`(${CODED('article', 'a.id')} OR EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id AND h.deleted_at IS NULL AND ${CODED('highlight', 'h.id')}))`);
    parts.push(`SELECT a.rowid ${slot('article')} FROM articles a WHERE a.deleted_at IS NULL ${where(c)}`);
  }
  if (types.includes('highlight')) {
    const c = articleConditions(filters, 'a');
    if (filters.codeId) c.push(CODED('highlight', 'h.id'));
    parts.push(`SELECT h.rowid ${slot('highlight')} FROM highlights h JOIN articles a ON a.id = h.article_id WHERE h.deleted_at IS NULL ${where(c)}`);
  }
  if (types.includes('memo')) {
    const c = articleConditions(filters, 'a');
    if (filters.codeId) c.push(CODED('article', 'a.id'));
    const onArticles = `SELECT m.rowid ${slot('memo')} FROM memos m JOIN articles a ON m.target_type = 'article' AND a.id = m.target_id WHERE m.deleted_at IS NULL ${where(c)}`;
    const caseOnly = !filters.language && !filters.from && !filters.to && !filters.codeId;
    const onCases = `SELECT m.rowid ${slot('memo')} FROM memos m WHERE m.target_type = 'case' AND m.deleted_at IS NULL ${filters.caseId ? 'AND m.target_id = @caseId' : ''}`;
    parts.push(caseOnly ? `${onArticles} UNION ALL ${onCases}` : onArticles);
  }
  if (types.includes('case') && !filters.language && !filters.from && !filters.to) {
    const c: string[] = [];
    if (filters.caseId) c.push('c.id = @caseId');
    if (filters.codeId) c.push(CODED('case', 'c.id'));
    parts.push(`SELECT c.rowid ${slot('case')} FROM cases c WHERE c.deleted_at IS NULL ${where(c)}`);
  }
  return { sql: parts.length ? parts.join(' UNION ALL ') : 'SELECT NULL WHERE 0', params };
}
