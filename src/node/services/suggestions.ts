import { AppError } from '../../shared/api/errors';
import { suggest, type FigureSuggestion, type Suggestion } from '../../shared/domain/extract';
import type { FigureGroup } from '../../shared/schemas/figure';
import { matchActors } from './actors';
import { getArticle } from './articles';
import type { ServiceContext } from './context';
import { assertRecord } from './record-tables';
import { createFigure } from './figures';
import { createLink } from './links';
import { createQuoteFromSelection } from './quotes';
import { undoable } from './undo';

/** A suggestion is the same one as long as its kind, place and words are: that is what dismissal remembers. */
export function suggestionKey(s: Pick<Suggestion, 'kind' | 'start' | 'end' | 'text'>): string {
  return `${s.kind}:${s.start}:${s.end}:${s.text}`;
}

/** Live actors with every name they go by, for mention suggestions. */
function actorNames(ctx: ServiceContext): { id: string; names: string[] }[] {
  const rows = ctx.db
    .prepare(
      `SELECT a.id, a.name, group_concat(al.alias, char(31)) AS aliases FROM actors a
       LEFT JOIN actor_aliases al ON al.actor_id = a.id
       WHERE a.deleted_at IS NULL AND a.merged_into IS NULL GROUP BY a.id`,
    )
    .all() as { id: string; name: string; aliases: string | null }[];
  return rows.map((r) => ({ id: r.id, names: [r.name, ...(r.aliases ? r.aliases.split('\u001f') : [])] }));
}

/** Suggested figures, quotes and actor mentions in an article, minus those dismissed for it. */
export function suggestionsFor(ctx: ServiceContext, articleId: string, vague: boolean): (Suggestion & { key: string })[] {
  const article = getArticle(ctx, articleId);
  const dismissed = new Set(ctx.db.prepare('SELECT key FROM suggestion_dismissals WHERE article_id = ?').pluck().all(articleId) as string[]);
  return suggest(article.text, { actors: actorNames(ctx), vague })
    .map((s) => ({ ...s, key: suggestionKey(s) }))
    .filter((s) => !dismissed.has(s.key));
}

export function dismissSuggestions(ctx: ServiceContext, articleId: string, keys: readonly string[]): { dismissed: number } {
  assertRecord(ctx, 'article', articleId);
  const insert = ctx.db.prepare('INSERT OR IGNORE INTO suggestion_dismissals (article_id, key, created_at) VALUES (?, ?, ?)');
  return ctx.db.transaction(() => ({ dismissed: keys.reduce((n, key) => n + insert.run(articleId, key, ctx.now()).changes, 0) })).immediate();
}

/** Brings dismissed suggestions of an article back. */
export function restoreSuggestions(ctx: ServiceContext, articleId: string): { restored: number } {
  assertRecord(ctx, 'article', articleId);
  return { restored: ctx.db.prepare('DELETE FROM suggestion_dismissals WHERE article_id = ?').run(articleId).changes };
}

/** The record group of the figures model for a suggested group ("family" and "unspecified" count as other people). */
function recordGroup(group: FigureSuggestion['group']): FigureGroup {
  return group === 'family' || group === 'unspecified' ? 'other' : group;
}

function countOf(s: FigureSuggestion): { qualifier: FigureSuggestion['qualifier']; value?: number; min?: number; max?: number } {
  if (s.qualifier === 'range') return { qualifier: 'range', min: s.min, max: s.max };
  if (s.qualifier === 'vague') return { qualifier: 'vague' };
  return { qualifier: s.qualifier, value: s.value ?? s.min };
}

export interface AcceptOptions {
  /** Who reported figures whose sentence names no known reporter. */
  reporterId?: string;
  /** Defaults to the article's publication date; without one the figures are undated (''), never today. */
  reportedDate?: string;
  caseId?: string;
}

/**
 * Turns suggestions into records anchored to the exact text, in one transaction: a figure (claim),
 * a quote, or a link between the actor and the article. The records are pre-filled and editable.
 */
export function acceptSuggestions(ctx: ServiceContext, articleId: string, keys: readonly string[], options: AcceptOptions): { created: { kind: string; id: string }[]; undated: number } {
  const article = getArticle(ctx, articleId);
  const byKey = new Map(suggestionsFor(ctx, articleId, true).map((s) => [s.key, s]));
  const missing = keys.filter((k) => !byKey.has(k));
  if (missing.length) throw new AppError('not_found', `${missing.length} of the suggestions are no longer offered for this article (dismissed, or the text changed).`);
  const reportedDate = options.reportedDate ?? article.publishedAt?.slice(0, 10) ?? '';
  const actorFor = (name: string | undefined) => (name ? matchActors(ctx, name)[0]?.actor.id : undefined);
  return undoable(ctx, keys.length === 1 ? 'Accept a suggestion' : `Accept ${keys.length} suggestions`, () => {
    const created: { kind: string; id: string }[] = [];
    for (const key of keys) {
      const s = byKey.get(key)!;
      if (s.kind === 'figure') {
        const reporterId = actorFor(s.reported_by) ?? options.reporterId;
        if (!reporterId) throw new AppError('invalid_input', `Say who reported “${s.text}”: choose a reporter, or register “${s.reported_by ?? 'the source'}” as an actor.`);
        const figure = createFigure(ctx, {
          articleId, start: s.start, end: s.end, reporterId, reportedDate, outcome: s.status, group: recordGroup(s.group),
          count: countOf(s), wording: s.text, caseId: options.caseId ?? null,
        });
        created.push({ kind: 'figure', id: figure.id });
      } else if (s.kind === 'quote') {
        const speakerId = actorFor(s.speaker) ?? null;
        const quote = createQuoteFromSelection(ctx, { articleId, start: s.start, end: s.end, speakerId, speakerDescriptor: speakerId ? '' : (s.speaker ?? ''), caseId: options.caseId ?? null });
        created.push({ kind: 'quote', id: quote.id });
      } else {
        const link = createLink(ctx, { fromType: 'actor', fromId: s.actorId, toType: 'article', toId: articleId, relation: 'relates_to', note: `Mentioned as “${s.text}”` });
        created.push({ kind: 'mention', id: link.id });
      }
    }
    return { created, undated: reportedDate ? 0 : created.filter((c) => c.kind === 'figure').length };
  });
}
