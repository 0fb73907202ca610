import { dirname } from 'node:path';
import { AppError } from '../../shared/api/errors';

type Use = 'read' | 'write';

/** Why a file named on the command line could not be used, in words (null when the cause is not the file system). */
export function describeFileProblem(error: unknown, path: string, use: Use): string | null {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return use === 'write' ? `Cannot write ${path}: the folder ${dirname(path)} does not exist.` : `${path}: no such file.`;
    case 'ENOTDIR':
      return `Cannot ${use} ${path}: part of that path is a file, not a folder.`;
    case 'EISDIR':
      return `Cannot ${use} ${path}: it is a folder; give a file name.`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot ${use} ${path}: this user is not allowed to.`;
    case 'EROFS':
      return `Cannot write ${path}: it is on a read-only disk or folder.`;
    case 'ENOSPC':
      return `Cannot write ${path}: the disk is full.`;
    case 'EADDRINUSE':
      return `The port is already in use by another program; choose another with --port N (or --port 0 for any free one).`;
    default:
      return null;
  }
}

/** Runs a file operation on a path the user gave; a failure becomes a sentence naming the path. */
export async function onUserFile<T>(path: string, use: Use, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const sentence = describeFileProblem(error, path, use);
    throw sentence ? new AppError(use === 'read' ? 'not_found' : 'invalid_input', sentence) : error;
  }
}
