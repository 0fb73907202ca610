import { AppError } from '../../shared/api/errors';
import { selectorFor } from '../../shared/domain/anchoring';
import { CodePointText } from '../../shared/domain/code-points';
import type { AnchorStatus, TextSelector } from '../../shared/schemas/highlight';
import { getArticle } from './articles';
import type { ServiceContext } from './context';

/** The selector columns that figures and quotes share with highlights. */
export interface SelectorRow {
  article_id: string | null;
  start_pos: number | null;
  end_pos: number | null;
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
  anchor_status: AnchorStatus | null;
}

export function selectorOf(r: SelectorRow): TextSelector | null {
  if (r.start_pos === null || r.end_pos === null || r.exact === null) return null;
  return { start: r.start_pos, end: r.end_pos, exact: r.exact, prefix: r.prefix ?? '', suffix: r.suffix ?? '' };
}

/** The article span columns set when a figure or quote is created, and their parameters. */
export const SPAN_COLUMNS = { article_id: 'articleId', start_pos: 'start', end_pos: 'end', exact: 'exact', prefix: 'prefix', suffix: 'suffix', anchor_status: 'anchorStatus' };

export function spanParams(articleId: string | null, s: TextSelector | null) {
  return { articleId, start: s?.start ?? null, end: s?.end ?? null, exact: s?.exact ?? null, prefix: s?.prefix ?? null, suffix: s?.suffix ?? null, anchorStatus: s ? 'anchored' : null };
}

/** Both selectors for [start, end) of an article's reading text; invalid_input when outside it. */
/**
 * The selector of [start, end) in the article's reading text. `seen` is the text the caller saw
 * there: when the text has changed since (an undo of a correction, another window), the call is
 * refused rather than anchored to whatever now stands at those positions.
 */
export function selectionIn(ctx: ServiceContext, articleId: string, start: number, end: number, seen?: string): TextSelector {
  const text = new CodePointText(getArticle(ctx, articleId).text);
  if (end > text.length || start >= end) {
    throw new AppError('invalid_input', `The selection ${start}-${end} is outside the article's text (0-${text.length} code points) or empty.`);
  }
  const selector = selectorFor(text, start, end);
  if (seen !== undefined && seen !== selector.exact) {
    throw new AppError('conflict', 'The text of this article changed since the passage was selected (an undo, or another window). Nothing was changed; select the passage again.');
  }
  return selector;
}

/** SQL true when a record (alias r with case_id and article_id) belongs to case @caseId, directly or by its article. */
export const IN_CASE = (r: string) =>
  `(${r}.case_id = @caseId OR ${r}.article_id IN (SELECT ca.article_id FROM case_articles ca WHERE ca.case_id = @caseId))`;

/** A short preview of a text for undo labels. */
export const preview = (text: string, n = 40) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** Keeps the keys whose value is not undefined (a patch: absent means unchanged). */
export function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * INSERT and UPDATE statements over the same column -> named parameter mapping, so a record is
 * created in one statement (one history entry) and saved with the same names; insertOnly columns
 * (the article span) are set at creation only.
 */
export function rowSql(table: string, columns: Record<string, string>, insertOnly: Record<string, string> = {}): { insert: string; update: string } {
  const names = Object.keys(columns);
  const all = { ...columns, ...insertOnly };
  return {
    insert: `INSERT INTO ${table} (id, created_at, updated_at, ${Object.keys(all).join(', ')}) VALUES (@id, @now, @now, ${Object.values(all).map((p) => `@${p}`).join(', ')})`,
    update: `UPDATE ${table} SET ${names.map((c) => `${c} = @${columns[c]}`).join(', ')}, updated_at = @now WHERE id = @id`,
  };
}
