import { AppError } from '../../shared/api/errors';
import { normalizeAlias } from '../../shared/domain/aliases';
import { CodePointText } from '../../shared/domain/code-points';
import type { Quote, QuoteMode } from '../../shared/schemas/evidence';
import { actorNameIndex, getActor } from './actors';
import { getArticle } from './articles';
import { getCase } from './cases';
import type { ServiceContext } from './context';
import { assertRecord } from './record-tables';
import { defined, IN_CASE, preview, rowSql, selectionIn, selectorOf, SPAN_COLUMNS, spanParams, type SelectorRow } from './evidence-common';
import { codesOf } from './tagging';
import { undoable } from './undo';

interface QuoteRow extends SelectorRow {
  id: string;
  case_id: string | null;
  text: string;
  language: string;
  translation: string;
  speaker_id: string | null;
  speaker_name: string | null;
  speaker_descriptor: string;
  speaker_role: string;
  mode: QuoteMode;
  quote_date: string | null;
  context: string;
  memo: string;
  created_at: string;
  updated_at: string;
}

export interface QuoteFields {
  caseId?: string | null;
  text?: string;
  language?: string;
  translation?: string;
  speakerId?: string | null;
  speakerDescriptor?: string;
  speakerRole?: string;
  mode?: QuoteMode;
  date?: string | null;
  context?: string;
  memo?: string;
}

const SELECT = 'SELECT q.*, a.name AS speaker_name FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id';

function toQuote(ctx: ServiceContext, r: QuoteRow): Quote {
  return {
    id: r.id,
    caseId: r.case_id,
    articleId: r.article_id,
    selector: selectorOf(r),
    anchorStatus: r.anchor_status,
    text: r.text,
    language: r.language,
    translation: r.translation,
    speakerId: r.speaker_id,
    speakerName: r.speaker_name,
    speakerDescriptor: r.speaker_descriptor,
    speakerRole: r.speaker_role,
    mode: r.mode,
    date: r.quote_date,
    context: r.context,
    memo: r.memo,
    codeIds: codesOf(ctx, 'quote', r.id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getQuote(ctx: ServiceContext, id: string): Quote {
  const row = ctx.db.prepare(`${SELECT} WHERE q.id = ? AND q.deleted_at IS NULL`).get(id) as QuoteRow | undefined;
  if (!row) throw new AppError('not_found', `No quote with id ${id} in this workspace.`);
  return toQuote(ctx, row);
}

/** Quotes in text order of their article, then typed ones; in a case: recorded for it or from one of its articles. */
export function listQuotes(ctx: ServiceContext, filter: { caseId?: string; articleId?: string; speakerId?: string } = {}): Quote[] {
  if (filter.caseId) getCase(ctx, filter.caseId);
  if (filter.articleId) assertRecord(ctx, 'article', filter.articleId);
  const conditions = ['q.deleted_at IS NULL'];
  if (filter.caseId) conditions.push(IN_CASE('q'));
  if (filter.articleId) conditions.push('q.article_id = @articleId');
  if (filter.speakerId) conditions.push('q.speaker_id = @speakerId');
  const rows = ctx.db
    .prepare(`${SELECT} WHERE ${conditions.join(' AND ')} ORDER BY q.article_id IS NULL, q.article_id, q.start_pos, q.created_at, q.id`)
    .all({ caseId: filter.caseId ?? null, articleId: filter.articleId ?? null, speakerId: filter.speakerId ?? null }) as QuoteRow[];
  return rows.map((r) => toQuote(ctx, r));
}

const QUOTE_MARKS = new Set(['"', "'", '\u201c', '\u201d', '\u201e', '\u201f', '\u2018', '\u2019', '\u201a', '\u201b', '\u00ab', '\u00bb', '\u2039', '\u203a', '\u300c', '\u300d', '\u300e', '\u300f']);
const isSpace = (c: string) => /\s/u.test(c);

/**
 * The span of a selection without its surrounding quote marks and spaces (and a comma or colon
 * just inside a closing mark: “… we’re Alawite,” gives … we’re Alawite), in code points, and
 * whether quote marks enclosed it (in the selection or right around it in the text).
 */
export function trimQuoteSpan(text: CodePointText, start: number, end: number): { start: number; end: number; quoted: boolean } {
  const at = (i: number) => text.slice(i, i + 1);
  let s = start;
  let e = end;
  let opened = false;
  let closed = false;
  while (s < e && (QUOTE_MARKS.has(at(s)) || isSpace(at(s)))) opened = QUOTE_MARKS.has(at(s++)) || opened;
  while (e > s && (QUOTE_MARKS.has(at(e - 1)) || isSpace(at(e - 1)))) closed = QUOTE_MARKS.has(at(--e)) || closed;
  if (closed) while (e > s && /[,;:]/.test(at(e - 1))) e--;
  if (s >= e) return { start, end, quoted: false };
  const around = (start > 0 && QUOTE_MARKS.has(at(start - 1))) || (end < text.length && QUOTE_MARKS.has(at(end)));
  return { start: s, end: e, quoted: opened || closed || around };
}

/** The registered actor named closest before a quote in the same paragraph (or just after it), if any. */
function speakerNear(ctx: ServiceContext, text: CodePointText, start: number, end: number): string | null {
  const names = actorNameIndex(ctx).filter((n) => n.normalized.length >= 3);
  const paragraphStart = Math.max(0, text.text.lastIndexOf('\n', text.toUtf16(start) - 1) + 1);
  const before = ` ${normalizeAlias(text.text.slice(Math.max(paragraphStart, text.toUtf16(start) - 400), text.toUtf16(start)))} `;
  let best: { actorId: string; at: number } | null = null;
  for (const n of names) {
    const at = before.lastIndexOf(` ${n.normalized} `);
    if (at >= 0 && (!best || at > best.at)) best = { actorId: n.actorId, at };
  }
  if (best) return best.actorId;
  const after = ` ${normalizeAlias(text.slice(end, Math.min(text.length, end + 60)).split('\n')[0])} `;
  return names.find((n) => after.includes(` ${n.normalized} `))?.actorId ?? null;
}

function checkRefs(ctx: ServiceContext, q: QuoteFields): void {
  if (q.caseId) getCase(ctx, q.caseId);
  if (q.speakerId) getActor(ctx, q.speakerId);
}

const QUOTE_SQL = rowSql(
  'quotes',
  {
    case_id: 'caseId', text: 'text', language: 'language', translation: 'translation', speaker_id: 'speakerId', speaker_descriptor: 'speakerDescriptor',
    speaker_role: 'speakerRole', mode: 'mode', quote_date: 'date', context: 'context', memo: 'memo',
  },
  SPAN_COLUMNS,
);

function params(ctx: ServiceContext, id: string, q: Quote) {
  const { caseId, text, language, translation, speakerId, speakerDescriptor, speakerRole, mode, date, context, memo } = q;
  return { caseId, text, language, translation, speakerId, speakerDescriptor, speakerRole, mode, date, context, memo, id, now: ctx.now() };
}

type NewQuote = QuoteFields & { articleId?: string; start?: number; end?: number; exact?: string };

function insertQuote(ctx: ServiceContext, { exact, ...input }: NewQuote, prefill: Partial<QuoteFields> = {}): Quote {
  checkRefs(ctx, input);
  const selector = input.articleId && input.start !== undefined && input.end !== undefined ? selectionIn(ctx, input.articleId, input.start, input.end, exact) : null;
  const article = input.articleId ? getArticle(ctx, input.articleId) : null;
  if (selector && input.text !== undefined && input.text !== selector.exact) {
    throw new AppError('invalid_input', 'An anchored quote’s text is the selected text; leave text out or select exactly it.', [{ path: 'text', message: 'differs from the selection' }]);
  }
  const text = selector?.exact ?? input.text ?? '';
  if (!text.trim()) throw new AppError('invalid_input', 'text: a quote needs its words (select them in an article, or type them)', [{ path: 'text', message: 'must not be empty' }]);
  const now = ctx.now();
  const quote: Quote = {
    id: '', caseId: null, articleId: article?.id ?? null, selector, anchorStatus: selector ? 'anchored' : null, text, language: article?.language ?? 'und',
    translation: '', speakerId: null, speakerName: null, speakerDescriptor: '', speakerRole: '', mode: 'direct', date: null, context: '', memo: '', codeIds: [],
    createdAt: now, updatedAt: now, ...defined(prefill), ...defined(input),
  } as Quote;
  quote.text = text;
  if (quote.language === 'und') throw new AppError('invalid_input', 'language: say which language the quote is in (e.g. "ar" or "en")', [{ path: 'language', message: 'is required for a typed quote' }]);
  return undoable(ctx, `Record quote “${preview(text)}”`, () => {
    const id = ctx.newId();
    ctx.db.prepare(QUOTE_SQL.insert).run({ ...params(ctx, id, quote), ...spanParams(quote.articleId, selector) });
    return getQuote(ctx, id);
  });
}

/** A quote anchored to a span of an article (its text is that span) or typed, e.g. from an interview. */
export function createQuote(ctx: ServiceContext, input: NewQuote): Quote {
  return insertQuote(ctx, input);
}

/**
 * "Create quote from selection": the span without surrounding quote marks becomes the anchored
 * text; the language is the article's; the mode is direct when quote marks enclose it, else
 * relayed; the speaker is the registered actor named nearest before it (or just after it).
 * Anything the caller gives overrides what was pre-filled.
 */
export function createQuoteFromSelection(ctx: ServiceContext, input: QuoteFields & { articleId: string; start: number; end: number; exact?: string }): Quote {
  const article = getArticle(ctx, input.articleId);
  const text = new CodePointText(article.text);
  const { exact, ...fields } = input;
  selectionIn(ctx, input.articleId, input.start, input.end, exact);
  const span = trimQuoteSpan(text, input.start, input.end);
  const speakerId = input.speakerId === undefined && !input.speakerDescriptor ? speakerNear(ctx, text, span.start, span.end) : null;
  return insertQuote(ctx, { ...fields, start: span.start, end: span.end }, { language: article.language, mode: span.quoted ? 'direct' : 'relayed', speakerId });
}

export function updateQuote(ctx: ServiceContext, id: string, patch: QuoteFields): Quote {
  const current = getQuote(ctx, id);
  checkRefs(ctx, patch);
  if (current.selector && patch.text !== undefined && patch.text !== current.text) {
    throw new AppError('invalid_input', 'The text of an anchored quote is its span of the article; correct the article’s text instead.', [{ path: 'patch.text', message: 'cannot change on an anchored quote' }]);
  }
  if (patch.text !== undefined && !patch.text.trim()) throw new AppError('invalid_input', 'patch.text: must not be empty', [{ path: 'patch.text', message: 'must not be empty' }]);
  const quote = { ...current, ...defined(patch) } as Quote;
  return undoable(ctx, `Edit quote “${preview(current.text)}”`, () => {
    ctx.db.prepare(QUOTE_SQL.update).run(params(ctx, id, quote));
    return getQuote(ctx, id);
  });
}

export function deleteQuote(ctx: ServiceContext, id: string): { id: string } {
  const current = getQuote(ctx, id);
  return undoable(ctx, `Delete quote “${preview(current.text)}”`, () => {
    ctx.db.prepare('UPDATE quotes SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
    return { id };
  });
}
