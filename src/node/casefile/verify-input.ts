import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { VerifyReport } from '../../shared/schemas/casefile';
import { CASE_FILE_LIMITS } from './limits';
import { verifyCaseFile } from './read';

/** The bytes of a case file named by an absolute path, refused before reading when larger than a case file may be. */
export async function readCaseFileBytes(path: string): Promise<Uint8Array> {
  if (!isAbsolute(path)) throw new AppError('invalid_input', `The file path must be absolute (${path}).`);
  const info = await stat(path).catch(() => null);
  if (!info) throw new AppError('not_found', `${path}: no such file.`);
  if (!info.isFile()) throw new AppError('invalid_input', `${path} is not a file.`);
  if (info.size > CASE_FILE_LIMITS.totalBytes) throw new AppError('too_large', `${path} is larger than a case file may be (${Math.round(CASE_FILE_LIMITS.totalBytes / 1048576)} MB).`);
  return readFile(path);
}

/** casefile.verify: from a path (CLI, desktop) or from bytes (browser mode). */
export async function verifyCaseFileInput(input: { path?: string; fileName?: string; dataBase64?: string }): Promise<VerifyReport & { fileName: string }> {
  const fileName = input.fileName ?? (input.path ? basename(input.path) : 'The case file');
  const bytes = input.path ? await readCaseFileBytes(input.path) : Buffer.from(input.dataBase64 ?? '', 'base64');
  return { ...verifyCaseFile(bytes, { fileName }), fileName };
}
