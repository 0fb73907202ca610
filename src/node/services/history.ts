import { userInfo } from 'node:os';
import type { ServiceContext } from './context';

export interface HistoryEntry {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: string;
  user: string;
}

/** Every recorded change to an item, oldest first: the chain of custody of a piece of evidence. */
export function historyOf(ctx: ServiceContext, itemType: string, itemId: string): HistoryEntry[] {
  const rows = ctx.db.prepare('SELECT action, before, after, at, user FROM history WHERE item_type = ? AND item_id = ? ORDER BY seq').all(itemType, itemId) as {
    action: string;
    before: string | null;
    after: string | null;
    at: string;
    user: string;
  }[];
  return rows.map((r) => ({ ...r, before: r.before ? JSON.parse(r.before) : null, after: r.after ? JSON.parse(r.after) : null }));
}

export function localUser(ctx: ServiceContext): string {
  return (ctx.db.prepare("SELECT value FROM settings WHERE key = 'local_user'").pluck().get() as string | undefined) ?? 'unknown';
}

/** The name history records for changes made on this machine. */
export function setLocalUser(ctx: ServiceContext, name: string): string {
  ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('local_user', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(name.trim());
  return localUser(ctx);
}

/** On first open, history is attributed to the operating-system account until the user names themself. */
export function ensureLocalUser(ctx: ServiceContext): void {
  if (ctx.db.prepare("SELECT 1 FROM settings WHERE key = 'local_user'").get()) return;
  let name = 'unknown';
  try {
    name = userInfo().username || name;
  } catch {
    // Some sandboxes have no user entry; history then says "unknown" until the user sets a name.
  }
  setLocalUser(ctx, name);
}
