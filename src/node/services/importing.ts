import { AppError } from '../../shared/api/errors';
import type { ImportResult } from '../../shared/schemas/article';
import { parsePool } from '../parsing/parse-pool';
import { assertImportableBytes, storeArticle, type MetadataOverrides } from './articles';
import type { ServiceContext } from './context';

/**
 * Imports a file's bytes: checks the size, derives the reading text in a parse worker (with time
 * and memory limits; jobId lets the caller cancel it), then stores both on this thread in one
 * transaction. A cancelled, stopped or refused import writes nothing.
 */
export async function importFile(ctx: ServiceContext, fileName: string, bytes: Uint8Array, jobId?: string): Promise<ImportResult> {
  const name = fileName.split(/[\\/]/).pop() || fileName;
  assertImportableBytes(bytes, name);
  const { kind, mediaType, doc } = await parsePool.parse(name, bytes, jobId);
  return storeArticle(ctx, { bytes, fileName: name, mediaType, kind }, doc);
}

/** Stops the import started with this jobId; false when none is running (it may have just finished). */
export function cancelImport(jobId: string): { cancelled: boolean } {
  return { cancelled: parsePool.cancel(jobId) };
}

/** Imports pasted text; the pasted text itself (UTF-8) is kept as the original. */
export function importPastedText(ctx: ServiceContext, text: string, overrides: MetadataOverrides = {}): ImportResult {
  if (!text.trim()) throw new AppError('invalid_input', 'The pasted text is empty. Nothing was imported.');
  const bytes = new TextEncoder().encode(text);
  assertImportableBytes(bytes, 'The pasted text');
  return storeArticle(ctx, { bytes, fileName: null, mediaType: 'text/plain; charset=utf-8', kind: 'pasted' }, { text }, overrides);
}
