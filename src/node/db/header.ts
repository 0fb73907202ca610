import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/**
 * PRAGMA user_version read straight from the database header (offset 60, big-endian),
 * so checking a file written by a newer app creates no -wal or -shm file beside it.
 * Returns null when the header cannot tell (a pending write-ahead log may hold a newer value).
 */
export function userVersionFromHeader(path: string): number | null {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return null;
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') return null;
    return header.readUInt32BE(60);
  } finally {
    closeSync(fd);
  }
}
