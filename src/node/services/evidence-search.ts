import { formatRange } from '../../shared/domain/figures';
import { snippetAround } from '../../shared/domain/match-locate';
import type { SearchTerm } from '../../shared/domain/search-query';
import type { EvidenceSearchRecordType, EvidenceSearchResult } from '../../shared/schemas/evidence';
import type { SearchFilters } from '../../shared/schemas/search';
import { EVIDENCE_SEARCH_SOURCES } from '../db/migrations/0005-evidence';
import { cachedStatement } from '../db/statements';
import type { ServiceContext } from './context';
import { IN_CASE } from './evidence-common';
import { CODED } from './search-filters';

/**
 * Search over evidence records, ready to plug into services/search.ts: the sources (same shape as
 * SEARCH_SOURCES), a loader per type (same signature as its loaders), and the filter narrowing
 * (same parameter names as filterSql). Witness identities have no index and no loader.
 */
export const evidenceSearchSources = EVIDENCE_SEARCH_SOURCES;

export type EvidenceLoader = (ctx: ServiceContext, rowid: number, terms: SearchTerm[], score: number) => EvidenceSearchResult | null;

const lines = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join(' — ');

export const evidenceLoaders: Record<EvidenceSearchRecordType, EvidenceLoader> = {
  figure(ctx, rowid, terms, score) {
    const f = cachedStatement(ctx.db, 'SELECT f.*, a.name AS reporter FROM figures f JOIN actors a ON a.id = f.reporter_id WHERE f.rowid = ?').get(rowid) as { id: string; reporter: string; wording: string; exact: string | null; scope_place: string; identity: string | null; outcome: string; group_counted: string; qualifier: 'exact'; min_count: number | null; max_count: number | null; article_id: string | null; start_pos: number | null; end_pos: number | null } | undefined;
    if (!f) return null;
    const range = formatRange({ qualifier: f.qualifier, min: f.min_count, max: f.max_count });
    return {
      id: f.id,
      type: 'figure',
      title: `${f.reporter}: ${range} ${f.group_counted.replace(/_/g, ' ')} ${f.outcome}`,
      articleId: f.article_id,
      start: f.start_pos,
      end: f.end_pos,
      snippet: snippetAround(lines(f.wording, f.exact !== f.wording ? f.exact : null, f.scope_place, f.identity), terms),
      score,
    };
  },
  quote(ctx, rowid, terms, score) {
    const q = cachedStatement(ctx.db, 'SELECT q.*, a.name AS speaker FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id WHERE q.rowid = ?').get(rowid) as
      | { id: string; text: string; translation: string; speaker: string | null; speaker_descriptor: string; speaker_role: string; context: string; article_id: string | null; start_pos: number | null; end_pos: number | null }
      | undefined;
    if (!q) return null;
    const speaker = q.speaker ?? (q.speaker_descriptor || 'unknown speaker');
    return { id: q.id, type: 'quote', title: `Quote: ${speaker}`, articleId: q.article_id, start: q.start_pos, end: q.end_pos, snippet: snippetAround(lines(q.text, q.translation, q.speaker_descriptor, q.speaker_role, q.context), terms), score };
  },
  account(ctx, rowid, terms, score) {
    const x = cachedStatement(ctx.db, 'SELECT x.id, x.narrative, x.translation, w.code FROM accounts x JOIN witnesses w ON w.id = x.witness_id WHERE x.rowid = ?').get(rowid) as
      | { id: string; narrative: string; translation: string; code: string }
      | undefined;
    if (!x) return null;
    return { id: x.id, type: 'account', title: `Account of ${x.code}`, articleId: null, start: null, end: null, snippet: snippetAround(lines(x.narrative, x.translation), terms), score };
  },
  actor(ctx, rowid, terms, score) {
    const a = cachedStatement(ctx.db, 'SELECT id, name, alias_text, description FROM actors WHERE rowid = ?').get(rowid) as { id: string; name: string; alias_text: string; description: string } | undefined;
    if (!a) return null;
    return { id: a.id, type: 'actor', title: a.name, articleId: null, start: null, end: null, snippet: snippetAround(lines(a.name, a.alias_text.replace(/\n/g, '; '), a.description), terms), score };
  },
  incident(ctx, rowid, terms, score) {
    const i = cachedStatement(ctx.db, 'SELECT * FROM incidents WHERE rowid = ?').get(rowid) as
      | { id: string; title: string; type: string; place_name_en: string; place_name_ar: string; admin1: string; admin2: string; description: string }
      | undefined;
    if (!i) return null;
    return { id: i.id, type: 'incident', title: i.title, articleId: null, start: null, end: null, snippet: snippetAround(lines(i.title, i.type, i.place_name_en, i.place_name_ar, i.admin2, i.admin1, i.description), terms), score };
  },
};

/**
 * Like filterSql, for the evidence types: the SQL of the rowids the filters keep (null: all), over
 * the parameters filterSql gives (@language, @from, @to, @caseId, @codes). Types the filters rule out
 * are absent: actors and incidents belong to no article, so a language or date filter leaves them out.
 */
export function evidenceFilterSql(filters: SearchFilters): Partial<Record<EvidenceSearchRecordType, string | null>> {
  const types: readonly string[] = filters.types ?? EVIDENCE_SEARCH_SOURCES.map((s) => s.type);
  const byArticle = Boolean(filters.language || filters.from || filters.to);
  const narrowed = byArticle || Boolean(filters.codeId) || Boolean(filters.caseId);
  const dates = (column: string) => [filters.from ? `substr(${column}, 1, 10) >= @from` : '', filters.to ? `substr(${column}, 1, 10) <= @to` : ''];
  const all = (table: string, alias: string, join: string, conditions: string[]) =>
    narrowed ? `SELECT ${alias}.rowid AS doc FROM ${table} ${alias} ${join} WHERE ${[`${alias}.deleted_at IS NULL`, ...conditions.filter(Boolean)].join(' AND ')}` : null;
  const rowids: Partial<Record<EvidenceSearchRecordType, string | null>> = {};
  const inCase = (r: string) => (filters.caseId ? IN_CASE(r) : '');
  if (types.includes('figure')) {
    rowids.figure = all('figures', 'f', 'LEFT JOIN articles a ON a.id = f.article_id', [
      filters.caseId ? `(${IN_CASE('f')} OR f.incident_id IN (SELECT id FROM incidents WHERE case_id = @caseId))` : '',
      filters.codeId ? CODED('figure', 'f.id') : '',
      filters.language ? 'a.language = @language' : '',
      ...dates('a.published_at'),
    ]);
  }
  if (types.includes('quote')) {
    rowids.quote = all('quotes', 'q', 'LEFT JOIN articles a ON a.id = q.article_id', [inCase('q'), filters.codeId ? CODED('quote', 'q.id') : '', filters.language ? 'q.language = @language' : '', ...dates('a.published_at')]);
  }
  if (types.includes('account')) {
    rowids.account = all('accounts', 'x', 'JOIN witnesses w ON w.id = x.witness_id', [
      filters.caseId ? '(x.case_id = @caseId OR w.case_id = @caseId)' : '',
      filters.codeId ? CODED('account', 'x.id') : '',
      filters.language ? 'x.language = @language' : '',
      ...dates('x.interview_date'),
    ]);
  }
  if (!byArticle) {
    if (types.includes('actor')) {
      rowids.actor = all('actors', 'r', '', [
        filters.caseId
          ? `(r.id IN (SELECT f.reporter_id FROM figures f WHERE f.deleted_at IS NULL AND ${inCase('f')}) OR r.id IN (SELECT q.speaker_id FROM quotes q WHERE q.deleted_at IS NULL AND ${inCase('q')}))`
          : '',
        filters.codeId ? CODED('actor', 'r.id') : '',
      ]);
    }
    if (types.includes('incident')) rowids.incident = all('incidents', 'i', '', [filters.caseId ? 'i.case_id = @caseId' : '', filters.codeId ? CODED('incident', 'i.id') : '']);
  }
  return rowids;
}
