import type { SearchFilters, SearchRecordType } from '../../shared/schemas/search';
import { descendantIds } from './codes';
import type { ServiceContext } from './context';

export interface FilterSql {
  /** SQL selecting, as column doc, the rowids of the type's table that pass the filters, or null for "all". */
  rowids: Partial<Record<SearchRecordType, string | null>>;
  params: Record<string, unknown>;
}

/** Conditions on the article a record belongs to: language, publication dates, case. */
function articleConditions(filters: SearchFilters, alias: string): string[] {
  const out: string[] = [];
  if (filters.language) out.push(`${alias}.language = @language`);
  if (filters.from) out.push(`substr(${alias}.published_at, 1, 10) >= @from`);
  if (filters.to) out.push(`substr(${alias}.published_at, 1, 10) <= @to`);
  if (filters.caseId) out.push(`${alias}.id IN (SELECT article_id FROM case_articles WHERE case_id = @caseId)`);
  return out;
}

export const CODED = (type: string, idExpr: string) =>
  `EXISTS (SELECT 1 FROM taggings t WHERE t.item_type = '${type}' AND t.item_id = ${idExpr} AND t.code_id IN (SELECT value FROM json_each(@codes)))`;
const where = (conditions: string[]) => (conditions.length ? `AND ${conditions.join(' AND ')}` : '');

/**
 * For each record type the filters allow, the SQL of the rows they keep (null: no narrowing,
 * the fast path). Types the filters rule out are absent.
 */
export function filterSql(ctx: ServiceContext, filters: SearchFilters): FilterSql {
  const types = filters.types ?? (['article', 'highlight', 'memo', 'case'] as SearchRecordType[]);
  const byArticle = Boolean(filters.language || filters.from || filters.to);
  const narrowed = byArticle || filters.codeId || filters.caseId;
  const codes = filters.codeId ? (filters.includeChildCodes ? descendantIds(ctx, filters.codeId) : [filters.codeId]) : [];
  const params = { language: filters.language, from: filters.from, to: filters.to, caseId: filters.caseId, codes: JSON.stringify(codes) };
  const rowids: FilterSql['rowids'] = {};
  if (types.includes('article')) {
    const c = articleConditions(filters, 'a');
    if (filters.codeId) c.push(`(${CODED('article', 'a.id')} OR EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id AND h.deleted_at IS NULL AND ${CODED('highlight', 'h.id')}))`);
    rowids.article = narrowed ? `SELECT a.rowid AS doc FROM articles a WHERE a.deleted_at IS NULL ${where(c)}` : null;
  }
  if (types.includes('highlight')) {
    const c = articleConditions(filters, 'a');
    if (filters.codeId) c.push(CODED('highlight', 'h.id'));
    rowids.highlight = narrowed ? `SELECT h.rowid AS doc FROM highlights h JOIN articles a ON a.id = h.article_id WHERE h.deleted_at IS NULL ${where(c)}` : null;
  }
  if (types.includes('memo')) {
    const c = articleConditions(filters, 'a');
    if (filters.codeId) c.push(CODED('article', 'a.id'));
    const onArticles = `SELECT m.rowid AS doc FROM memos m JOIN articles a ON m.target_type = 'article' AND a.id = m.target_id WHERE m.deleted_at IS NULL ${where(c)}`;
    const onCases = `SELECT m.rowid AS doc FROM memos m WHERE m.target_type = 'case' AND m.deleted_at IS NULL ${filters.caseId ? 'AND m.target_id = @caseId' : ''}`;
    rowids.memo = narrowed ? (byArticle || filters.codeId ? onArticles : `${onArticles} UNION ALL ${onCases}`) : null;
  }
  if (types.includes('case') && !byArticle) {
    const c: string[] = [];
    if (filters.caseId) c.push('c.id = @caseId');
    if (filters.codeId) c.push(CODED('case', 'c.id'));
    rowids.case = narrowed ? `SELECT c.rowid AS doc FROM cases c WHERE c.deleted_at IS NULL ${where(c)}` : null;
  }
  return { rowids, params };
}
