import type { Workspace } from '../workspace';
import { emptyTrash, TRASH_DAYS } from '../services/trash';
import { createBackup, listBackups, rotateBackups } from './backups';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** When records last changed: the newest updated_at of every table that has one (evidence records included). */
function lastChange(ws: Workspace): string {
  const tables = ws.db
    .prepare("SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c ON c.name = 'updated_at' WHERE m.type = 'table' ORDER BY m.name")
    .pluck()
    .all() as string[];
  const newest = tables.map((t) => `SELECT max(updated_at) AS m FROM "${t}"`).join(' UNION ALL ');
  return (ws.db.prepare(`SELECT max(m) FROM (${newest})`).pluck().get() as string | null) ?? '';
}

/** One maintenance pass: a daily backup when the newest is a day old and the data changed since. */
export function dailyBackupIfDue(ws: Workspace, now = new Date()): boolean {
  const newest = listBackups(ws.dataDir)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY) return false;
  const changedSince = newest ? lastChange(ws) : 'never backed up';
  if (newest && changedSince <= newest.createdAt) return false;
  createBackup(ws.db, ws.dataDir, 'daily', now);
  rotateBackups(ws.dataDir);
  return true;
}

/**
 * For the long-running app (desktop and browser mode): purge trash older than 30 days at start,
 * then check hourly for a daily backup. Returns a function that stops the timer.
 */
export function startMaintenance(ws: Workspace, log: (message: string) => void = () => {}): () => void {
  const purged = emptyTrash(ws.ctx, TRASH_DAYS).removed;
  if (purged) log(`Removed ${purged} items that had been in the trash for over ${TRASH_DAYS} days.`);
  const timer = setInterval(() => {
    try {
      if (dailyBackupIfDue(ws)) log('Daily backup made.');
    } catch (error) {
      log(`The daily backup failed: ${(error as Error).message}`);
    }
  }, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
