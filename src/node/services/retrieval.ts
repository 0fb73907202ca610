import type { CodedSegment } from '../../shared/schemas/highlight';
import { CodePointText } from '../../shared/domain/code-points';
import { descendantIds, getCode, listCodes } from './codes';
import type { ServiceContext } from './context';
import { getCase } from './cases';
import { codesOf } from './tagging';

/** Code points of surrounding text shown with a retrieved segment. */
export const SEGMENT_CONTEXT = 160;

/** Highlights in live articles, optionally only those of one case. */
function scopedHighlightsSql(caseId: string | undefined): string {
  return `SELECT h.* FROM highlights h JOIN articles a ON a.id = h.article_id
    WHERE h.deleted_at IS NULL AND a.deleted_at IS NULL AND h.status <> 'orphaned'
    ${caseId ? 'AND h.article_id IN (SELECT article_id FROM case_articles WHERE case_id = @caseId)' : ''}`;
}

/** The QDA "retrieve" view: every highlight coded with a code (and optionally its sub-codes), in context. */
export function codedSegments(ctx: ServiceContext, opts: { codeId: string; includeChildren: boolean; caseId?: string }): CodedSegment[] {
  getCode(ctx, opts.codeId);
  if (opts.caseId) getCase(ctx, opts.caseId);
  const codeIds = opts.includeChildren ? descendantIds(ctx, opts.codeId) : [opts.codeId];
  const rows = ctx.db
    .prepare(
      `SELECT h.id, h.article_id, h.start_pos, h.end_pos, h.exact, h.memo, a.title, a.text
       FROM (${scopedHighlightsSql(opts.caseId)}) h JOIN articles a ON a.id = h.article_id
       WHERE EXISTS (SELECT 1 FROM taggings t WHERE t.item_type = 'highlight' AND t.item_id = h.id AND t.code_id IN (SELECT value FROM json_each(@codes)))
       ORDER BY a.title COLLATE NOCASE, a.id, h.start_pos`,
    )
    .all({ caseId: opts.caseId, codes: JSON.stringify(codeIds) }) as {
    id: string;
    article_id: string;
    start_pos: number;
    end_pos: number;
    exact: string;
    memo: string;
    title: string;
    text: string;
  }[];
  return rows.map((r) => {
    const text = new CodePointText(r.text);
    return {
      highlightId: r.id,
      articleId: r.article_id,
      articleTitle: r.title,
      start: r.start_pos,
      end: r.end_pos,
      exact: r.exact,
      before: text.slice(Math.max(0, r.start_pos - SEGMENT_CONTEXT), r.start_pos),
      after: text.slice(r.end_pos, r.end_pos + SEGMENT_CONTEXT),
      memo: r.memo,
      codeIds: codesOf(ctx, 'highlight', r.id),
    };
  });
}

export interface FrequencyRow {
  codeId: string;
  name: string;
  path: string;
  uses: number;
  documents: number;
}

/** Uses (coded items) and documents (distinct articles) per code, within a case or everywhere. */
export function codeFrequency(ctx: ServiceContext, caseId?: string): FrequencyRow[] {
  if (caseId) getCase(ctx, caseId);
  const codes = listCodes(ctx);
  const byId = new Map(codes.map((c) => [c.id, c]));
  const pathOf = (id: string): string => {
    const c = byId.get(id)!;
    return c.parentId && byId.has(c.parentId) ? `${pathOf(c.parentId)} › ${c.name}` : c.name;
  };
  const counts = ctx.db
    .prepare(
      `WITH uses AS (
         SELECT t.code_id, t.item_id AS article_id FROM taggings t JOIN articles a ON a.id = t.item_id
           WHERE t.item_type = 'article' AND a.deleted_at IS NULL
         UNION ALL
         SELECT t.code_id, h.article_id FROM taggings t JOIN (${scopedHighlightsSql(caseId)}) h ON h.id = t.item_id WHERE t.item_type = 'highlight')
       SELECT code_id, count(*) AS uses, count(DISTINCT article_id) AS documents FROM uses
       ${caseId ? 'WHERE article_id IN (SELECT article_id FROM case_articles WHERE case_id = @caseId)' : ''}
       GROUP BY code_id`,
    )
    .all({ caseId }) as { code_id: string; uses: number; documents: number }[];
  const countOf = new Map(counts.map((c) => [c.code_id, c]));
  return codes
    .filter((c) => c.isCodable)
    .map((c) => ({ codeId: c.id, name: c.name, path: pathOf(c.id), uses: countOf.get(c.id)?.uses ?? 0, documents: countOf.get(c.id)?.documents ?? 0 }))
    .sort((a, b) => b.uses - a.uses || a.path.localeCompare(b.path));
}

export interface Cooccurrence {
  codes: { id: string; name: string }[];
  /** matrix[i][j]: times codes i and j are on the same or overlapping highlights; diagonal: highlights with code i. */
  matrix: number[][];
}

export function codeCooccurrence(ctx: ServiceContext, caseId?: string): Cooccurrence {
  if (caseId) getCase(ctx, caseId);
  const tagged = `SELECT t.code_id, h.id AS hid, h.article_id, h.start_pos AS s, h.end_pos AS e
    FROM taggings t JOIN (${scopedHighlightsSql(caseId)}) h ON h.id = t.item_id JOIN codes c ON c.id = t.code_id
    WHERE t.item_type = 'highlight' AND c.deleted_at IS NULL`;
  const diagonal = ctx.db.prepare(`SELECT code_id, count(*) AS n FROM (${tagged}) GROUP BY code_id`).all({ caseId }) as { code_id: string; n: number }[];
  const pairs = ctx.db
    .prepare(
      `WITH th AS (${tagged})
       SELECT a.code_id AS c1, b.code_id AS c2, count(*) AS n FROM th a JOIN th b
         ON a.article_id = b.article_id AND a.code_id < b.code_id AND (a.hid = b.hid OR (a.s < b.e AND b.s < a.e))
       GROUP BY a.code_id, b.code_id`,
    )
    .all({ caseId }) as { c1: string; c2: string; n: number }[];
  const names = new Map(listCodes(ctx).map((c) => [c.id, c.name]));
  const codes = diagonal.map((d) => ({ id: d.code_id, name: names.get(d.code_id) ?? '' })).sort((a, b) => a.name.localeCompare(b.name));
  const index = new Map(codes.map((c, i) => [c.id, i]));
  const matrix = codes.map(() => codes.map(() => 0));
  for (const d of diagonal) matrix[index.get(d.code_id)!][index.get(d.code_id)!] = d.n;
  for (const p of pairs) {
    const i = index.get(p.c1)!;
    const j = index.get(p.c2)!;
    matrix[i][j] = matrix[j][i] = p.n;
  }
  return { codes, matrix };
}
