import { AppError } from '../../shared/api/errors';
import type { ServiceContext } from './context';

/** How many user actions can be undone. */
export const UNDO_DEPTH = 500;

export interface UndoStatus {
  canUndo: boolean;
  undoLabel: string | null;
  canRedo: boolean;
  redoLabel: string | null;
}

function setRecording(ctx: ServiceContext, recording: 0 | 1, grp?: number): void {
  if (grp === undefined) ctx.db.prepare('UPDATE undo_state SET recording = ?').run(recording);
  else ctx.db.prepare('UPDATE undo_state SET recording = ?, grp = ?').run(recording, grp);
}

function nextGroup(ctx: ServiceContext): number {
  return (ctx.db.prepare('SELECT grp FROM undo_state').pluck().get() as number) + 1;
}

function isRecording(ctx: ServiceContext): boolean {
  return ctx.db.prepare('SELECT recording FROM undo_state').pluck().get() === 1;
}

/**
 * Runs one user action in a transaction and records how to reverse it (triggers write the
 * inverse SQL). A new action clears the redo stack. Nested calls join the outer action.
 */
export function undoable<T>(ctx: ServiceContext, label: string, action: () => T): T {
  return ctx.db.transaction(() => {
    if (isRecording(ctx)) return action();
    const grp = nextGroup(ctx);
    setRecording(ctx, 1, grp);
    const result = action();
    setRecording(ctx, 0);
    const recorded = ctx.db.prepare('SELECT count(*) FROM undo_entries WHERE grp = ?').pluck().get(grp) as number;
    if (recorded > 0) {
      ctx.db.prepare("DELETE FROM undo_entries WHERE grp IN (SELECT grp FROM undo_groups WHERE stack = 'redo')").run();
      ctx.db.prepare("DELETE FROM undo_groups WHERE stack = 'redo'").run();
      ctx.db.prepare("INSERT INTO undo_groups (grp, stack, label, created_at) VALUES (?, 'undo', ?, ?)").run(grp, label, ctx.now());
      const cutoff = ctx.db.prepare("SELECT grp FROM undo_groups WHERE stack = 'undo' ORDER BY grp DESC LIMIT 1 OFFSET ?").pluck().get(UNDO_DEPTH) as number | undefined;
      if (cutoff !== undefined) {
        ctx.db.prepare('DELETE FROM undo_entries WHERE grp <= ?').run(cutoff);
        ctx.db.prepare("DELETE FROM undo_groups WHERE stack = 'undo' AND grp <= ?").run(cutoff);
      }
    }
    return result;
  }).immediate();
}

/** Drops every undo and redo step (after records they may name were removed for good). */
export function forgetUndoHistory(ctx: ServiceContext): void {
  ctx.db.prepare('DELETE FROM undo_entries').run();
  ctx.db.prepare('DELETE FROM undo_groups').run();
}

/**
 * Reverses the newest group of one stack and records the reversal on the other. When the database
 * refuses the step (a constraint: the records it names have changed outside undo), it changes
 * nothing and the whole undo and redo history is cleared: the step cannot be replayed, and the
 * steps below it were recorded against a state that no longer holds.
 */
function replay(ctx: ServiceContext, from: 'undo' | 'redo'): string | null {
  const top = ctx.db.prepare('SELECT label FROM undo_groups WHERE stack = ? ORDER BY grp DESC LIMIT 1').pluck().get(from) as string | undefined;
  try {
    return replayGroup(ctx, from);
  } catch (error) {
    if (!String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_CONSTRAINT')) throw error;
    ctx.db.transaction(() => forgetUndoHistory(ctx)).immediate();
    const reason = (error as Error).message.replace(/^SqliteError: /, '');
    const what = top ? `“${top}”` : 'This step';
    throw new AppError('conflict', `${what} can no longer be ${from === 'undo' ? 'undone' : 'redone'} (${reason}). Nothing was changed; the undo history was cleared, as the steps before it may no longer apply.`);
  }
}

function replayGroup(ctx: ServiceContext, from: 'undo' | 'redo'): string | null {
  const to = from === 'undo' ? 'redo' : 'undo';
  return ctx.db.transaction(() => {
    const group = ctx.db.prepare('SELECT grp, label FROM undo_groups WHERE stack = ? ORDER BY grp DESC LIMIT 1').get(from) as { grp: number; label: string } | undefined;
    if (!group) return null;
    const statements = ctx.db.prepare('SELECT sql FROM undo_entries WHERE grp = ? ORDER BY seq DESC').pluck().all(group.grp) as string[];
    const grp = nextGroup(ctx);
    setRecording(ctx, 1, grp);
    for (const sql of statements) ctx.db.prepare(sql).run();
    setRecording(ctx, 0);
    ctx.db.prepare('DELETE FROM undo_entries WHERE grp = ?').run(group.grp);
    ctx.db.prepare('DELETE FROM undo_groups WHERE grp = ?').run(group.grp);
    ctx.db.prepare('INSERT INTO undo_groups (grp, stack, label, created_at) VALUES (?, ?, ?, ?)').run(grp, to, group.label, ctx.now());
    return group.label;
  }).immediate();
}

export const undo = (ctx: ServiceContext) => replay(ctx, 'undo');
export const redo = (ctx: ServiceContext) => replay(ctx, 'redo');

export function undoStatus(ctx: ServiceContext): UndoStatus {
  const top = (stack: string) => ctx.db.prepare('SELECT label FROM undo_groups WHERE stack = ? ORDER BY grp DESC LIMIT 1').pluck().get(stack) as string | undefined;
  const u = top('undo');
  const r = top('redo');
  return { canUndo: u !== undefined, undoLabel: u ?? null, canRedo: r !== undefined, redoLabel: r ?? null };
}
