import { formatTimestamp } from '../../lib/format';
import { reasonLabel, STALE_AFTER_MS, timeAgo } from './backupWords';
import { useBackupList } from './useBackupList';
import './backups.css';

/** Ask again this often, so "2 h ago" stays true and automatic backups show up. */
const REFRESH_MS = 60_000;

/** The status bar's backup state ("Backed up 2 h ago", "No backup yet"); opens the backups dialog. */
export function BackupStatus({ onOpen }: { onOpen: () => void }) {
  const { backups, loaded, error, now } = useBackupList(REFRESH_MS);
  const newest = backups[0];
  const stale = loaded && !error && (!newest || now - Date.parse(newest.createdAt) > STALE_AFTER_MS);
  const text = !loaded ? '' : error ? 'Backups unavailable' : newest ? `Backed up ${timeAgo(newest.createdAt, now)}` : 'No backup yet';
  const title = error
    ? `The backups could not be listed: ${error}`
    : newest
      ? `Newest backup: ${formatTimestamp(newest.createdAt)} (${reasonLabel[newest.reason].toLowerCase()}). Open the backups.`
      : 'Open the backups to make the first one.';
  return (
    <button type="button" className={stale || error ? 'statusbar-item statusbar-backup is-stale' : 'statusbar-item statusbar-backup'} title={title} onClick={onOpen} data-testid="backup-status">
      {text}
    </button>
  );
}
