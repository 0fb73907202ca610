import { AppError } from '../../shared/api/errors';
import { CodePointText } from '../../shared/domain/code-points';
import type { Redaction, RedactionTarget } from '../../shared/schemas/export';
import type { ServiceContext } from './context';
import { preview } from './evidence-common';
import { undoable } from './undo';

interface RedactionRow {
  id: string;
  target_type: RedactionTarget;
  target_id: string;
  start_pos: number;
  end_pos: number;
  exact: string;
  reason: string;
  created_at: string;
  updated_at: string;
}

/** The live text each kind of target redacts a span of. */
const TARGET_TEXT: Record<RedactionTarget, { sql: string; label: string }> = {
  article: { sql: 'SELECT text FROM articles WHERE id = ? AND deleted_at IS NULL', label: 'article' },
  account_narrative: { sql: 'SELECT narrative FROM accounts WHERE id = ? AND deleted_at IS NULL', label: 'account' },
  account_translation: { sql: 'SELECT translation FROM accounts WHERE id = ? AND deleted_at IS NULL', label: 'account' },
  quote: { sql: 'SELECT text FROM quotes WHERE id = ? AND deleted_at IS NULL', label: 'quote' },
  memo: { sql: 'SELECT text FROM memos WHERE id = ? AND deleted_at IS NULL', label: 'memo' },
};

const toRedaction = (r: RedactionRow): Redaction => ({
  id: r.id,
  targetType: r.target_type,
  targetId: r.target_id,
  start: r.start_pos,
  end: r.end_pos,
  exact: r.exact,
  reason: r.reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function targetText(ctx: ServiceContext, type: RedactionTarget, id: string): CodePointText {
  const text = ctx.db.prepare(TARGET_TEXT[type].sql).pluck().get(id) as string | undefined;
  if (text === undefined) throw new AppError('not_found', `No ${TARGET_TEXT[type].label} with id ${id} in this workspace.`);
  return new CodePointText(text);
}

/** Redactions of one text, in text order. */
export function listRedactions(ctx: ServiceContext, type: RedactionTarget, id: string): Redaction[] {
  targetText(ctx, type, id);
  return redactionsOf(ctx, type, [id]).get(id) ?? [];
}

/** Live redactions of many texts of one kind, by target id (no check that the targets exist). */
export function redactionsOf(ctx: ServiceContext, type: RedactionTarget, ids: readonly string[]): Map<string, Redaction[]> {
  const rows = ctx.db
    .prepare('SELECT * FROM redactions WHERE target_type = ? AND target_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY target_id, start_pos, end_pos, id')
    .all(type, JSON.stringify(ids)) as RedactionRow[];
  const byTarget = new Map<string, Redaction[]>();
  for (const r of rows) byTarget.set(r.target_id, [...(byTarget.get(r.target_id) ?? []), toRedaction(r)]);
  return byTarget;
}

/** The words of every live redaction in the workspace (exports withholding redacted spans scrub them everywhere). */
export function allRedactedWords(ctx: ServiceContext): string[] {
  return ctx.db.prepare('SELECT DISTINCT exact FROM redactions WHERE deleted_at IS NULL').pluck().all() as string[];
}

function reasonOf(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new AppError('invalid_input', 'A redaction needs a reason, such as "names a relative" or "location".', [{ path: 'reason', message: 'must not be empty' }]);
  return trimmed;
}

function getRedaction(ctx: ServiceContext, id: string): Redaction {
  const row = ctx.db.prepare('SELECT * FROM redactions WHERE id = ? AND deleted_at IS NULL').get(id) as RedactionRow | undefined;
  if (!row) throw new AppError('not_found', `No redaction with id ${id} in this workspace.`);
  return toRedaction(row);
}

/**
 * Marks [start, end) of a text (code points) as redacted, with a reason. `seen` is the text the
 * caller saw there: when the text changed since, the call is refused, changing nothing.
 */
export function createRedaction(ctx: ServiceContext, input: { targetType: RedactionTarget; targetId: string; start: number; end: number; exact?: string; reason: string }): Redaction {
  const text = targetText(ctx, input.targetType, input.targetId);
  if (input.end > text.length || input.start >= input.end) {
    throw new AppError('invalid_input', `The span ${input.start}-${input.end} is outside the text (0-${text.length} code points) or empty.`);
  }
  const exact = text.slice(input.start, input.end);
  if (input.exact !== undefined && input.exact !== exact) {
    throw new AppError('conflict', 'The text changed since the passage was selected (an undo, or another window). Nothing was changed; select the passage again.');
  }
  const reason = reasonOf(input.reason);
  return undoable(ctx, `Redact “${preview(exact)}”`, () => {
    const id = ctx.newId();
    const now = ctx.now();
    ctx.db
      .prepare('INSERT INTO redactions (id, target_type, target_id, start_pos, end_pos, exact, reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.targetType, input.targetId, input.start, input.end, exact, reason, now, now);
    return getRedaction(ctx, id);
  });
}

export function updateRedaction(ctx: ServiceContext, id: string, reason: string): Redaction {
  const current = getRedaction(ctx, id);
  const trimmed = reasonOf(reason);
  return undoable(ctx, `Change the reason of redaction “${preview(current.exact)}”`, () => {
    ctx.db.prepare('UPDATE redactions SET reason = ?, updated_at = ? WHERE id = ?').run(trimmed, ctx.now(), id);
    return getRedaction(ctx, id);
  });
}

/** Removes a redaction (the span is shown and exported again); undoable. */
export function deleteRedaction(ctx: ServiceContext, id: string): { id: string } {
  const current = getRedaction(ctx, id);
  return undoable(ctx, `Remove redaction “${preview(current.exact)}”`, () => {
    ctx.db.prepare('UPDATE redactions SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
    return { id };
  });
}
