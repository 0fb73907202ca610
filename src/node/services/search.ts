import { AppError } from '../../shared/api/errors';
import { snippetAround, locateFirst } from '../../shared/domain/match-locate';
import { ftsExpression, parseSearchQuery, type MatchOptions, type SearchTerm } from '../../shared/domain/search-query';
import { codePointLength } from '../../shared/domain/text';
import type { SavedSearch, SearchFilters, SearchGroup, SearchRecordType, SearchResult } from '../../shared/schemas/search';
import { SearchFilters as SearchFiltersSchema } from '../../shared/schemas/search';
import { SEARCH_SOURCES } from '../db/migrations/0003-search';
import { cachedStatement } from '../db/statements';
import type { ServiceContext } from './context';
import { evidenceFilterSql, evidenceLoaders, evidenceSearchSources } from './evidence-search';
import { expandAliases } from './search-aliases';
import { filterSql } from './search-filters';

const SOURCES = [...SEARCH_SOURCES, ...evidenceSearchSources];

type Loader = (ctx: ServiceContext, rowid: number, terms: SearchTerm[], score: number) => SearchResult | null;

const loaders: Record<SearchRecordType, Loader> = {
  ...evidenceLoaders,
  article(ctx, rowid, terms, score) {
    const a = cachedStatement(ctx.db, 'SELECT id, title, text FROM articles WHERE rowid = ?').get(rowid) as { id: string; title: string; text: string } | undefined;
    if (!a) return null;
    const at = locateFirst(a.text, terms);
    const start = at ? codePointLength(a.text.slice(0, at.start)) : null;
    return {
      id: a.id,
      type: 'article',
      title: a.title,
      articleId: a.id,
      start,
      end: at && start !== null ? start + codePointLength(a.text.slice(at.start, at.end)) : null,
      snippet: at ? snippetAround(a.text, terms, 80, at) : snippetAround(a.title, terms),
      score,
    };
  },
  highlight(ctx, rowid, terms, score) {
    const h = cachedStatement(ctx.db, 'SELECT h.id, h.article_id, h.start_pos, h.end_pos, h.exact, h.memo, a.title FROM highlights h JOIN articles a ON a.id = h.article_id WHERE h.rowid = ?').get(rowid) as { id: string; article_id: string; start_pos: number; end_pos: number; exact: string; memo: string; title: string } | undefined;
    if (!h) return null;
    const body = h.memo ? `${h.exact} — ${h.memo}` : h.exact;
    return { id: h.id, type: 'highlight', title: h.title, articleId: h.article_id, start: h.start_pos, end: h.end_pos, snippet: snippetAround(body, terms), score };
  },
  memo(ctx, rowid, terms, score) {
    const m = cachedStatement(
      ctx.db,
      `SELECT m.id, m.text, m.target_type, m.target_id,
         CASE m.target_type WHEN 'article' THEN (SELECT title FROM articles WHERE id = m.target_id) ELSE (SELECT title FROM cases WHERE id = m.target_id) END AS on_title
       FROM memos m WHERE m.rowid = ?`,
    ).get(rowid) as { id: string; text: string; target_type: string; target_id: string; on_title: string | null } | undefined;
    if (!m) return null;
    return {
      id: m.id,
      type: 'memo',
      title: `Memo on ${m.on_title ?? m.target_type}`,
      articleId: m.target_type === 'article' ? m.target_id : null,
      start: null,
      end: null,
      snippet: snippetAround(m.text, terms),
      score,
    };
  },
  case(ctx, rowid, terms, score) {
    const c = cachedStatement(ctx.db, 'SELECT id, title, description FROM cases WHERE rowid = ?').get(rowid) as { id: string; title: string; description: string } | undefined;
    if (!c) return null;
    return { id: c.id, type: 'case', title: c.title, articleId: null, start: null, end: null, snippet: snippetAround(`${c.title}. ${c.description}`, terms), score };
  },
};

/**
 * The number of a record type's matches and the best `limit` of them by BM25 rank. Unfiltered, FTS5
 * counts and ranks on its own. Filtered, the matches are taken first and each is checked against
 * the filter's rows: handing FTS5 a `rowid IN (...)` instead makes it run the whole query once per
 * allowed row (seconds on a large workspace).
 */
function rankedMatches(ctx: ServiceContext, fts: string, only: string | null, params: Record<string, unknown>): { count: number; ranked: { doc: number; rank: number }[] } {
  const match = `SELECT rowid AS doc, rank FROM ${fts} WHERE ${fts} MATCH @match`;
  if (!only) {
    const count = cachedStatement(ctx.db, `SELECT count(*) FROM ${fts} WHERE ${fts} MATCH @match`, { pluck: true }).get(params) as number;
    return { count, ranked: count ? (cachedStatement(ctx.db, `${match} ORDER BY rank LIMIT @limit`).all(params) as { doc: number; rank: number }[]) : [] };
  }
  const rows = cachedStatement(
    ctx.db,
    `WITH hits AS MATERIALIZED (${match})
     SELECT doc, rank, count(*) OVER () AS total FROM hits WHERE EXISTS (SELECT 1 FROM (${only}) kept WHERE kept.doc = hits.doc)
     ORDER BY rank LIMIT @limit`,
  ).all(params) as { doc: number; rank: number; total: number }[];
  return { count: rows[0]?.total ?? 0, ranked: rows.map(({ doc, rank }) => ({ doc, rank })) };
}

/** How far a search reaches past the exact words; everything on unless the caller turns it off. */
export interface SearchOptions {
  /** Only the exact (normalised) words: no stems, no other spellings of names. */
  exactWords?: boolean;
  /** Also search the other names and aliases of a registered actor the query names. */
  aliases?: boolean;
  /** Fold the spellings of names in Latin script (al-Sharaa ~ al Shara ~ Sharaa). */
  spellings?: boolean;
}

/** The FTS5 expression, the terms to mark in snippets, and the aliases added, for a query and its options. */
export function planSearch(ctx: ServiceContext, query: string, options: SearchOptions = {}): { fts: string; terms: SearchTerm[]; alsoSearched: string[] } {
  const match: MatchOptions = { stems: !options.exactWords, spellings: !options.exactWords && options.spellings !== false };
  const parsed = parseSearchQuery(query, match);
  if (options.aliases === false) return { fts: parsed.fts, terms: parsed.positive, alsoSearched: [] };
  const { groups, alternatives, alsoSearched } = expandAliases(ctx, parsed, match);
  return { fts: ftsExpression(groups, parsed.excluded, alternatives), terms: [...groups.flat(), ...alternatives], alsoSearched };
}

/**
 * Searches each record type's FTS5 index (BM25 rank, exact forms weighted above stems and name
 * spellings), narrowed by the filters: a count per type and the best `limit` of each, which alone
 * are loaded and given a snippet.
 */
export function search(ctx: ServiceContext, query: string, filters: SearchFilters, limit: number, options: SearchOptions = {}): { groups: SearchGroup[]; total: number; alsoSearched: string[] } {
  const plan = planSearch(ctx, query, options);
  if (filters.from && filters.to && filters.from > filters.to) throw new AppError('invalid_input', 'The date range ends before it starts.');
  const base = filterSql(ctx, filters);
  const narrow = { rowids: { ...base.rowids, ...evidenceFilterSql(filters) }, params: base.params };
  const groups: SearchGroup[] = [];
  let total = 0;
  for (const source of SOURCES) {
    if (!(source.type in narrow.rowids)) continue;
    let found: ReturnType<typeof rankedMatches>;
    try {
      found = rankedMatches(ctx, source.fts, narrow.rowids[source.type] ?? null, { ...narrow.params, match: plan.fts, limit });
    } catch (error) {
      throw new AppError('invalid_input', `This search could not be run: ${(error as Error).message.replace(/^fts5: /, '')}. Check quotes and operators.`);
    }
    const { count, ranked } = found;
    if (!count) continue;
    total += count;
    const results = ranked.map((h) => loaders[source.type](ctx, h.doc, plan.terms, -h.rank)).filter((r): r is SearchResult => r !== null);
    groups.push({ type: source.type, total: count, results });
  }
  return { groups, total, alsoSearched: plan.alsoSearched };
}

/** Rebuilds the index from the records; returns how many documents it holds. */
export function rebuildSearchIndex(ctx: ServiceContext): { documents: number } {
  ctx.db.transaction(() => {
    for (const s of SOURCES) ctx.db.prepare(`INSERT INTO ${s.fts} (${s.fts}) VALUES ('rebuild')`).run();
  }).immediate();
  const count = (table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL`).pluck().get() as number;
  return { documents: SOURCES.map((s) => s.table).reduce((n, t) => n + count(t), 0) };
}

interface SavedRow {
  id: string;
  name: string;
  query: string;
  filters: string;
  created_at: string;
}

const toSaved = (r: SavedRow): SavedSearch => ({ id: r.id, name: r.name, query: r.query, filters: SearchFiltersSchema.parse(JSON.parse(r.filters)), createdAt: r.created_at });

export function listSavedSearches(ctx: ServiceContext): SavedSearch[] {
  return (ctx.db.prepare('SELECT * FROM saved_searches ORDER BY name COLLATE NOCASE').all() as SavedRow[]).map(toSaved);
}

export function saveSearch(ctx: ServiceContext, name: string, query: string, filters: SearchFilters): SavedSearch {
  parseSearchQuery(query);
  const id = ctx.newId();
  ctx.db.prepare('INSERT INTO saved_searches (id, name, query, filters, created_at) VALUES (?, ?, ?, ?, ?)').run(id, name.trim(), query, JSON.stringify(filters), ctx.now());
  return toSaved(ctx.db.prepare('SELECT * FROM saved_searches WHERE id = ?').get(id) as SavedRow);
}

export function deleteSavedSearch(ctx: ServiceContext, id: string): { id: string } {
  if (!ctx.db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes) throw new AppError('not_found', `No saved search with id ${id}.`);
  return { id };
}

