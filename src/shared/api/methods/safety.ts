import { z } from 'zod';
import { Timestamp, Uuid } from '../../schemas/common';

const TrashType = z.enum(['article', 'highlight', 'code', 'case', 'memo', 'figure', 'quote', 'account', 'incident', 'actor', 'witness']);
const Impact = z.object({ highlights: z.number().int(), figures: z.number().int(), quotes: z.number().int(), memos: z.number().int(), caseMemberships: z.number().int(), codeApplications: z.number().int() });
/** Why a backup was made: at start, daily, before a migration, by hand, or before a restore. */
export const BackupReason = z.enum(['start', 'daily', 'migration', 'manual', 'restore']);
const Backup = z.object({ file: z.string(), reason: BackupReason, createdAt: Timestamp, bytes: z.number().int() });
const BackupFile = z.string().regex(/^workspace-\d{8}T\d{9}Z-[a-z]+\.sqlite$/, { message: 'must be the name of a backup in the backups list' });

/** Trash, backups and integrity: nothing a researcher does is lost by accident. */
export const safetyMethods = {
  'articles.deleteImpact': {
    summary: 'What deleting an article would take with it (highlights, memos, case memberships, codes).',
    input: z.object({ id: Uuid }).strict(),
    output: Impact,
  },
  'articles.delete': {
    summary: 'Move an article to the trash, with its highlights and memos; returns what went with it.',
    input: z.object({ id: Uuid }).strict(),
    output: Impact,
  },
  'trash.list': {
    summary: 'Everything in the trash, newest first, with the days left before it may be purged.',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(z.object({ type: TrashType, id: Uuid, title: z.string(), deletedAt: Timestamp, daysLeft: z.number().int() })) }),
  },
  'trash.restore': {
    summary: 'Restore an item from the trash (an article with the highlights and memos that left with it, a witness with their accounts).',
    input: z.object({ type: TrashType, id: Uuid }).strict(),
    output: z.object({ restored: z.number().int() }),
  },
  'trash.empty': {
    summary: 'Permanently remove what is in the trash (only items older than olderThanDays, if given).',
    input: z.object({ olderThanDays: z.number().int().min(0).max(3650).default(0) }).strict(),
    output: z.object({ removed: z.number().int() }),
  },
  'backups.list': {
    summary: 'The workspace backups, newest first.',
    input: z.object({}).strict(),
    output: z.object({ backups: z.array(Backup) }),
  },
  'backups.create': {
    summary: 'Make a backup now (checked with integrity_check before it counts).',
    input: z.object({}).strict(),
    output: Backup,
  },
  'backups.restore': {
    summary: 'Replace the workspace with a backup; the current database is kept aside in the backups folder.',
    input: z.object({ file: BackupFile }).strict(),
    output: z.object({ movedAside: z.string().nullable() }),
  },
  'workspace.status': {
    summary: 'How the workspace was opened: read-only and why, a start-up backup that could not be made, an interrupted restore recovered at start.',
    input: z.object({}).strict(),
    output: z.object({
      readOnly: z.string().nullable(),
      backupFailed: z
        .object({ reason: z.string(), freeBytes: z.number().int().nullable(), neededBytes: z.number().int(), automaticBackupBytes: z.number().int() })
        .nullable(),
      recovered: z.string().nullable(),
    }),
  },
  'backups.freeSpace': {
    summary: 'Free disk space: delete every automatic backup but the newest, and what killed backups left behind.',
    input: z.object({}).strict(),
    output: z.object({ removed: z.number().int(), freedBytes: z.number().int(), freeBytes: z.number().int().nullable() }),
  },
  'workspace.check': {
    summary: 'Integrity, foreign-key and search-index checks of the workspace database.',
    input: z.object({}).strict(),
    output: z.object({ ok: z.boolean(), integrity: z.array(z.string()), foreignKeys: z.array(z.string()), search: z.array(z.string()) }),
  },
} as const;

const HistoryEntry = z.object({
  action: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
  user: z.string(),
});

/** Chain of custody and the local user it names. */
export const historyMethods = {
  'history.of': {
    summary: 'Every recorded change to a highlight or evidence record (when, who, before and after), oldest first.',
    input: z.object({ itemType: z.enum(['highlight', 'figure', 'quote', 'account', 'witness']), itemId: Uuid }).strict(),
    output: z.object({ entries: z.array(HistoryEntry) }),
  },
  'settings.get': {
    summary: 'Workspace settings: the local user named in the history.',
    input: z.object({}).strict(),
    output: z.object({ localUser: z.string() }),
  },
  'settings.update': {
    summary: 'Set the local user named in the history of changes made on this machine.',
    input: z.object({ localUser: z.string().trim().min(1, { message: 'must not be empty' }).max(200) }).strict(),
    output: z.object({ localUser: z.string() }),
  },
} as const;
