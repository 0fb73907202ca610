import type { Credibility, Grading, Reliability, SourceConnection } from '../../shared/schemas/evidence';
import { getArticle } from './articles';
import type { ServiceContext } from './context';
import { assertRecord } from './record-tables';
import { preview } from './evidence-common';
import { undoable } from './undo';

interface GradingRow {
  article_id: string;
  reliability: Reliability | null;
  credibility: Credibility | null;
  connection: SourceConnection | null;
  note: string;
  updated_at: string;
}

/**
 * An article's source grading (Admiralty scale, see RELIABILITY_SCALE and CREDIBILITY_SCALE):
 * reliability of the source A-F, credibility of the information 1-6, and how the source is
 * connected to it. An ungraded article has nulls.
 */
export function getGrading(ctx: ServiceContext, articleId: string): Grading {
  assertRecord(ctx, 'article', articleId);
  const r = ctx.db.prepare('SELECT * FROM article_gradings WHERE article_id = ?').get(articleId) as GradingRow | undefined;
  if (!r) return { articleId, reliability: null, credibility: null, connection: null, grade: null, note: '', updatedAt: null };
  const grade = r.reliability && r.credibility ? `${r.reliability}${r.credibility}` : null;
  return { articleId, reliability: r.reliability, credibility: r.credibility, connection: r.connection, grade, note: r.note, updatedAt: r.updated_at };
}

export function setGrading(
  ctx: ServiceContext,
  input: { articleId: string; reliability: Reliability; credibility: Credibility; connection: SourceConnection; note?: string },
): Grading {
  const article = getArticle(ctx, input.articleId);
  return undoable(ctx, `Grade “${preview(article.title)}” ${input.reliability}${input.credibility}`, () => {
    ctx.db
      .prepare(
        `INSERT INTO article_gradings (article_id, reliability, credibility, connection, note, updated_at) VALUES (@articleId, @reliability, @credibility, @connection, @note, @now)
         ON CONFLICT(article_id) DO UPDATE SET reliability = excluded.reliability, credibility = excluded.credibility, connection = excluded.connection,
           note = excluded.note, updated_at = excluded.updated_at`,
      )
      .run({ articleId: input.articleId, reliability: input.reliability, credibility: input.credibility, connection: input.connection, note: input.note ?? '', now: ctx.now() });
    return getGrading(ctx, input.articleId);
  });
}
