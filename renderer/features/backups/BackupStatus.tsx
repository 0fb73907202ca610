import { useEffect, useRef } from 'react';
import { formatTimestamp } from '../../lib/format';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { reasonLabel, STALE_AFTER_MS, timeAgo } from './backupWords';
import { useBackupList } from './useBackupList';
import { useWorkspaceStatus, type WorkspaceStatus } from './useWorkspaceStatus';
import { spaceLine } from './WorkspaceNotices';
import './backups.css';

/** Ask again this often, so "2 h ago" stays true and automatic backups show up. */
const REFRESH_MS = 60_000;

/** Says once, when the app opens, what the user must know about how the workspace was opened. */
function useStartupNotices(status: WorkspaceStatus | null, onOpen: () => void): void {
  const { notify } = useNotices();
  const told = useRef(false);
  useEffect(() => {
    if (!status || told.current) return;
    told.current = true;
    const open = { label: 'Open backups', run: onOpen };
    if (status.recovered) notify({ tone: 'error', title: 'An interrupted restore was undone.', detail: status.recovered, action: open });
    if (status.readOnly) notify({ tone: 'warning', title: 'This workspace is open read-only.', detail: `${status.readOnly}; nothing can be changed and no backup is made.` });
    if (status.backupFailed) notify({ tone: 'error', title: 'No backup could be made at start.', detail: `${status.backupFailed.reason} ${spaceLine(status.backupFailed)}`, action: open });
  }, [status, notify, onOpen]);
}

/** The status bar's backup state ("Backed up 2 h ago", "No backup yet", "Read-only"); opens the backups dialog. */
export function BackupStatus({ onOpen }: { onOpen: () => void }) {
  const { backups, loaded, error, now } = useBackupList(REFRESH_MS);
  const status = useWorkspaceStatus();
  useStartupNotices(status, onOpen);
  const newest = backups[0];
  const stale = loaded && !error && (!newest || now - Date.parse(newest.createdAt) > STALE_AFTER_MS);
  const problem = status?.readOnly ? 'Read-only workspace' : status?.backupFailed ? 'No start-up backup' : null;
  const text = problem ?? (!loaded ? '' : error ? 'Backups unavailable' : newest ? `Backed up ${timeAgo(newest.createdAt, now)}` : 'No backup yet');
  const title = status?.readOnly
    ? `Open read-only: ${status.readOnly}. Nothing can be changed and no backup is made.`
    : status?.backupFailed
      ? `${status.backupFailed.reason} ${spaceLine(status.backupFailed)} Open the backups to free space.`
      : error
        ? `The backups could not be listed: ${error}`
        : newest
          ? `Newest backup: ${formatTimestamp(newest.createdAt)} (${reasonLabel[newest.reason].toLowerCase()}). Open the backups.`
          : 'Open the backups to make the first one.';
  return (
    <button type="button" className={stale || error || problem ? 'statusbar-item statusbar-backup is-stale' : 'statusbar-item statusbar-backup'} title={title} onClick={onOpen} data-testid="backup-status">
      {text}
    </button>
  );
}
