import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A new temporary name in the same folder as `path` (so the final rename stays on one file system). */
export const partialPathFor = (path: string): string => join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);

/** Writes a new file (never an existing one) and flushes it to disk; a failed write removes it. */
export function writeFlushed(path: string, bytes: Uint8Array): void {
  try {
    const fd = openSync(path, 'wx', 0o600);
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
}

/**
 * Writes a file under a temporary name in the same folder, flushes it to disk, then renames it
 * into place: a failed or interrupted write leaves no partial file, and an existing file is
 * replaced whole or not at all.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temp = partialPathFor(path);
  writeFlushed(temp, bytes);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
