import { AppError } from '../../shared/api/errors';
import { reanchor } from '../../shared/domain/anchoring';
import { CodePointText } from '../../shared/domain/code-points';
import { codePointLength, normalizeReadingText } from '../../shared/domain/text';
import type { AnchorStatus, Highlight } from '../../shared/schemas/highlight';
import { getArticle } from './articles';
import type { ServiceContext } from './context';
import { assertRecord } from './record-tables';
import { reanchorEvidence } from './evidence-anchors';
import { preview, selectionIn } from './evidence-common';
import { addCodes, codesOf } from './tagging';
import { undoable } from './undo';

interface HighlightRow {
  id: string;
  article_id: string;
  start_pos: number;
  end_pos: number;
  exact: string;
  prefix: string;
  suffix: string;
  status: AnchorStatus;
  previous_exact: string | null;
  memo: string;
  created_at: string;
  updated_at: string;
}

function toHighlight(ctx: ServiceContext, r: HighlightRow): Highlight {
  return {
    id: r.id,
    articleId: r.article_id,
    start: r.start_pos,
    end: r.end_pos,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    status: r.status,
    previousExact: r.previous_exact,
    memo: r.memo,
    codeIds: codesOf(ctx, 'highlight', r.id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getHighlight(ctx: ServiceContext, id: string): Highlight {
  const row = ctx.db.prepare('SELECT * FROM highlights WHERE id = ? AND deleted_at IS NULL').get(id) as HighlightRow | undefined;
  if (!row) throw new AppError('not_found', `No highlight with id ${id} in this workspace.`);
  return toHighlight(ctx, row);
}

export function listHighlights(ctx: ServiceContext, articleId: string): Highlight[] {
  assertRecord(ctx, 'article', articleId);
  const rows = ctx.db.prepare('SELECT * FROM highlights WHERE article_id = ? AND deleted_at IS NULL ORDER BY start_pos, end_pos').all(articleId) as HighlightRow[];
  return rows.map((r) => toHighlight(ctx, r));
}

/** Highlights that need a person: re-anchored onto edited text (review) or lost (orphaned). */
export function highlightsToReview(ctx: ServiceContext, articleId?: string): Highlight[] {
  const rows = ctx.db
    .prepare(`SELECT h.* FROM highlights h JOIN articles a ON a.id = h.article_id WHERE h.status <> 'anchored' AND h.deleted_at IS NULL AND a.deleted_at IS NULL AND (? IS NULL OR h.article_id = ?) ORDER BY h.updated_at DESC`)
    .all(articleId ?? null, articleId ?? null) as HighlightRow[];
  return rows.map((r) => toHighlight(ctx, r));
}

export function createHighlight(ctx: ServiceContext, input: { articleId: string; start: number; end: number; exact?: string; codeIds?: string[]; memo?: string }): Highlight {
  const selector = selectionIn(ctx, input.articleId, input.start, input.end, input.exact);
  return undoable(ctx, `Highlight “${preview(selector.exact)}”`, () => {
    const id = ctx.newId();
    const now = ctx.now();
    ctx.db
      .prepare(
        `INSERT INTO highlights (id, article_id, start_pos, end_pos, exact, prefix, suffix, status, memo, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'anchored', ?, ?, ?)`,
      )
      .run(id, input.articleId, selector.start, selector.end, selector.exact, selector.prefix, selector.suffix, input.memo ?? '', now, now);
    addCodes(ctx, 'highlight', id, input.codeIds ?? []);
    return getHighlight(ctx, id);
  });
}

export function updateHighlightMemo(ctx: ServiceContext, id: string, memo: string): Highlight {
  getHighlight(ctx, id);
  return undoable(ctx, 'Edit highlight memo', () => {
    ctx.db.prepare('UPDATE highlights SET memo = ?, updated_at = ? WHERE id = ?').run(memo, ctx.now(), id);
    return getHighlight(ctx, id);
  });
}

/** Re-attaches a highlight to a span the user chose (resolves review and orphan states). */
export function reattachHighlight(ctx: ServiceContext, id: string, start: number, end: number, seen?: string): Highlight {
  const current = getHighlight(ctx, id);
  const selector = selectionIn(ctx, current.articleId, start, end, seen);
  return undoable(ctx, 'Re-attach highlight', () => {
    ctx.db
      .prepare("UPDATE highlights SET start_pos = ?, end_pos = ?, exact = ?, prefix = ?, suffix = ?, status = 'anchored', previous_exact = NULL, updated_at = ? WHERE id = ?")
      .run(selector.start, selector.end, selector.exact, selector.prefix, selector.suffix, ctx.now(), id);
    return getHighlight(ctx, id);
  });
}

/** Accepts a highlight that was re-anchored onto edited text. */
export function confirmHighlight(ctx: ServiceContext, id: string): Highlight {
  const current = getHighlight(ctx, id);
  if (current.status !== 'review') throw new AppError('conflict', current.status === 'orphaned' ? 'An orphaned highlight must be re-attached to a selection first.' : 'This highlight needs no review.');
  return undoable(ctx, 'Confirm re-anchored highlight', () => {
    ctx.db.prepare("UPDATE highlights SET status = 'anchored', previous_exact = NULL, updated_at = ? WHERE id = ?").run(ctx.now(), id);
    return getHighlight(ctx, id);
  });
}

/** Moves a highlight (with its codes and memo) to the trash. */
export function deleteHighlight(ctx: ServiceContext, id: string): { id: string } {
  const h = getHighlight(ctx, id);
  return undoable(ctx, `Delete highlight “${h.exact.slice(0, 40)}”`, () => {
    ctx.db.prepare('UPDATE highlights SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
    return { id };
  });
}

export interface CorrectionReport {
  anchored: number;
  review: number;
  orphaned: number;
}

/**
 * Corrects an article's reading text (the original file stays untouched), records the revision,
 * and re-anchors every highlight, figure and quote: position, then quote with context, then context;
 * else orphan. One undoable action: undo puts back the text, the revision and every anchor.
 */
export function correctArticleText(ctx: ServiceContext, articleId: string, rawText: string, reason: string): CorrectionReport {
  const article = getArticle(ctx, articleId);
  const text = normalizeReadingText(rawText);
  if (!text) throw new AppError('invalid_input', 'The corrected text is empty; an article must keep some text.');
  if (text === article.text) throw new AppError('conflict', 'The corrected text is the same as the current text; nothing to change.');
  return undoable(ctx, `Correct the text of “${article.title.slice(0, 40)}”`, () => {
    const now = ctx.now();
    ctx.db
      .prepare('INSERT INTO article_revisions (id, article_id, old_text, new_text, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(ctx.newId(), articleId, article.text, text, reason, now);
    ctx.db.prepare('UPDATE articles SET text = ?, char_count = ?, updated_at = ? WHERE id = ?').run(text, codePointLength(text), now, articleId);
    const report: CorrectionReport = { anchored: 0, review: 0, orphaned: 0 };
    const rows = ctx.db.prepare('SELECT * FROM highlights WHERE article_id = ? AND deleted_at IS NULL').all(articleId) as HighlightRow[];
    const corrected = new CodePointText(text);
    const update = ctx.db.prepare('UPDATE highlights SET start_pos = ?, end_pos = ?, exact = ?, prefix = ?, suffix = ?, status = ?, previous_exact = ?, updated_at = ? WHERE id = ?');
    for (const row of rows) {
      if (row.status === 'orphaned') {
        report.orphaned++;
        continue;
      }
      const result = reanchor(corrected, { start: row.start_pos, end: row.end_pos, exact: row.exact, prefix: row.prefix, suffix: row.suffix });
      const s = result.selector;
      const previous = result.status === 'review' ? (row.previous_exact ?? row.exact) : row.previous_exact;
      update.run(s.start, s.end, s.exact, s.prefix, s.suffix, result.status, previous, now, row.id);
      report[result.status]++;
    }
    const evidence = reanchorEvidence(ctx, articleId, text);
    return { anchored: report.anchored + evidence.anchored, review: report.review + evidence.review, orphaned: report.orphaned + evidence.orphaned };
  });
}
