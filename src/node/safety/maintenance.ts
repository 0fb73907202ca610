import type { Workspace } from '../workspace';
import { emptyTrash, TRASH_DAYS } from '../services/trash';
import { createBackup, listBackups, rotateBackups } from './backups';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** One maintenance pass: a daily backup when the newest is a day old and the data changed since. */
export function dailyBackupIfDue(ws: Workspace, now = new Date()): boolean {
  const newest = listBackups(ws.dataDir)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY) return false;
  const changedSince = newest
    ? (ws.db.prepare('SELECT max(m) FROM (SELECT max(updated_at) AS m FROM articles UNION ALL SELECT max(updated_at) FROM highlights UNION ALL SELECT max(updated_at) FROM codes UNION ALL SELECT max(updated_at) FROM memos UNION ALL SELECT max(updated_at) FROM cases)').pluck().get() as string | null) ?? ''
    : 'never backed up';
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
