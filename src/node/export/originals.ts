import { AppError } from '../../shared/api/errors';
import type { ServiceContext } from '../services/context';
import { sha256Of } from './atomic-write';

export interface OriginalBytes {
  articleId: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  bytes: Uint8Array;
}

/** The imported bytes of an article's original, unchanged, checked against their SHA-256 on the way out. */
export function originalOf(ctx: ServiceContext, articleId: string): OriginalBytes {
  const row = ctx.db
    .prepare('SELECT o.sha256, o.media_type, o.file_name, o.data, a.title FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE a.id = ? AND a.deleted_at IS NULL')
    .get(articleId) as { sha256: string; media_type: string; file_name: string | null; data: Buffer; title: string } | undefined;
  if (!row) throw new AppError('not_found', `No article with id ${articleId} in this workspace.`);
  const bytes = new Uint8Array(row.data);
  if (sha256Of(bytes) !== row.sha256) {
    throw new AppError('damaged_database', `The original of “${row.title}” no longer matches its SHA-256; it was not given out. Run "fieldnotes check" and restore a backup.`);
  }
  return { articleId, fileName: row.file_name ?? `${articleId}.txt`, mediaType: row.media_type, sha256: row.sha256, bytes };
}
