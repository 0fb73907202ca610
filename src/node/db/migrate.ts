import { AppError } from '../../shared/api/errors';
import type { Migration } from './migration';
import type { Db } from './open';

export function latestVersion(list: readonly Migration[]): number {
  return list.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Refuses a database written by a newer app before anything touches it. */
export function assertNotNewer(fileVersion: number, list: readonly Migration[]): void {
  const known = latestVersion(list);
  if (fileVersion > known) {
    throw new AppError(
      'newer_database',
      `This workspace was written by a newer version of Fieldnotes (schema ${fileVersion}; this version knows up to ${known}). ` +
        'It has been left untouched: update Fieldnotes to open it.',
    );
  }
}

/**
 * Applies every migration above PRAGMA user_version, each in its own transaction together
 * with the user_version bump, so a crash leaves the database at a whole version.
 */
export function migrate(db: Db, list: readonly Migration[]): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  assertNotNewer(from, list);
  const pending = [...list].filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  pending.forEach((m, i) => {
    const expected = from + i + 1;
    if (m.version !== expected) throw new Error(`migration ${m.version} is out of sequence (expected ${expected})`);
  });
  for (const m of pending) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: pending.length ? pending[pending.length - 1].version : from };
}
