import { closeSync, fsyncSync, openSync, statfsSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';

/** Bytes free for this user on the disk that holds `dir`, or null when the system will not say. */
export function freeBytes(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** "1.2 MB", "340 KB", for messages. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const NO_SPACE = /SQLITE_FULL|database or disk is full|ENOSPC|no space left/i;
const READ_ONLY = /EROFS|read-only file system|SQLITE_READONLY|readonly database/i;
const NO_PERMISSION = /EACCES|EPERM|permission denied|operation not permitted/i;

/** Why writing failed, in words, when the cause is the disk rather than Fieldnotes. */
export function diskProblem(error: unknown): 'full' | 'read-only' | 'permission' | null {
  const text = `${(error as NodeJS.ErrnoException)?.code ?? ''} ${(error as Error)?.message ?? ''}`;
  if (NO_SPACE.test(text)) return 'full';
  if (READ_ONLY.test(text)) return 'read-only';
  if (NO_PERMISSION.test(text)) return 'permission';
  return null;
}

/** A sentence for a write into `dir` that failed because of the disk; null when it was something else. */
export function describeDiskProblem(error: unknown, dir: string, needBytes?: number): string | null {
  switch (diskProblem(error)) {
    case 'full': {
      const free = freeBytes(dir);
      const need = needBytes ? `; it needs about ${sizeText(needBytes)}` : '';
      return `the disk holding ${dir} is full (${free === null ? 'little' : sizeText(free)} free${need})`;
    }
    case 'read-only':
      return `${dir} is on a read-only disk or folder`;
    case 'permission':
      return `this user may not write in ${dir}`;
    default:
      return null;
  }
}

/** Flushes a file (or a folder's entries, where the system allows it) to the disk. */
export function fsyncPath(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch (error) {
    // Folders cannot be opened for fsync on Windows; the rename is still atomic there.
    if (!/EISDIR|EPERM|EACCES|EINVAL/.test((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Re-throws a disk failure as a sentence that starts with `what` ("No backup could be made"). */
export function rethrowDiskProblem(error: unknown, what: string, dir: string, needBytes?: number): never {
  if (error instanceof AppError) throw error;
  const why = describeDiskProblem(error, dir, needBytes);
  if (why) throw new AppError('conflict', `${what}: ${why}.`);
  throw error;
}
