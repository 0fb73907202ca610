import { AppError } from '../../shared/api/errors';
import type { ImportResult } from '../../shared/schemas/article';
import { formatForFile } from '../interop';
import { assertImportableBytes, storeArticle, type MetadataOverrides } from './articles';
import type { ServiceContext } from './context';

/** Imports a file's bytes: checks size and type, derives the reading text, stores both. */
export async function importFile(ctx: ServiceContext, fileName: string, bytes: Uint8Array): Promise<ImportResult> {
  const name = fileName.split(/[\\/]/).pop() || fileName;
  assertImportableBytes(bytes, name);
  const format = formatForFile(name);
  const doc = await format.extract(bytes, name);
  return storeArticle(ctx, { bytes, fileName: name, mediaType: format.mediaType, kind: format.kind }, doc);
}

/** Imports pasted text; the pasted text itself (UTF-8) is kept as the original. */
export function importPastedText(ctx: ServiceContext, text: string, overrides: MetadataOverrides = {}): ImportResult {
  if (!text.trim()) throw new AppError('invalid_input', 'The pasted text is empty. Nothing was imported.');
  const bytes = new TextEncoder().encode(text);
  assertImportableBytes(bytes, 'The pasted text');
  return storeArticle(ctx, { bytes, fileName: null, mediaType: 'text/plain; charset=utf-8', kind: 'pasted' }, { text }, overrides);
}
