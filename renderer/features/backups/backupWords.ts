import type { MethodOutput } from '../../../src/shared/api/contract';
import { formatCount } from '../../lib/format';

export type Backup = MethodOutput<'backups.list'>['backups'][number];
export type WorkspaceCheck = MethodOutput<'workspace.check'>;

/** Why a backup was made, in words. */
export const reasonLabel: Record<Backup['reason'], string> = {
  start: 'At start',
  daily: 'Daily',
  migration: 'Before an upgrade',
  manual: 'Made by you',
  restore: 'Before a restore',
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "2 h ago", "yesterday", "3 days ago". */
export function timeAgo(iso: string, now: number): string {
  const age = Math.max(0, now - Date.parse(iso));
  if (Number.isNaN(age)) return '';
  if (age < MINUTE) return 'just now';
  if (age < HOUR) return `${Math.floor(age / MINUTE)} min ago`;
  if (age < DAY) return `${Math.floor(age / HOUR)} h ago`;
  if (age < 2 * DAY) return 'yesterday';
  return `${formatCount(Math.floor(age / DAY))} days ago`;
}

/** A backup older than this is worth pointing out in the status bar. */
export const STALE_AFTER_MS = 7 * DAY;

export interface CheckLine {
  label: string;
  ok: boolean;
  /** What was found, in words. */
  summary: string;
  problems: string[];
}

/** The workspace check as three plain lines: the file, the links between records, the search index. */
export function describeCheck(report: WorkspaceCheck): CheckLine[] {
  const line = (label: string, problems: string[], fine: string, bad: string): CheckLine => ({
    label,
    ok: problems.length === 0,
    summary: problems.length === 0 ? fine : `${formatCount(problems.length)} ${problems.length === 1 ? 'problem' : 'problems'} found. ${bad}`,
    problems,
  });
  return [
    line('Database file', report.integrity, 'Intact: every page of the file reads back correctly.', 'Make no more changes and restore the newest backup.'),
    line('Links between records', report.foreignKeys, 'Consistent: every highlight, memo and code points to a record that exists.', 'Some records point to something that is missing; restore a backup from before they appeared.'),
    line('Search index', report.search, 'Up to date: it matches the articles, highlights and memos.', 'Search results may be incomplete until the index is rebuilt.'),
  ];
}
