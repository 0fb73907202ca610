import { createHash } from 'node:crypto';
import { AppError } from '../../shared/api/errors';
import type { Article, ArticleMetadata, ArticleSort, ArticleSummary, ImportKind, ImportReport, ImportResult } from '../../shared/schemas/article';
import { MAX_IMPORT_BYTES } from '../../shared/schemas/article';
import { detectLanguage } from '../../shared/domain/language';
import { codePointLength, normalizeReadingText } from '../../shared/domain/text';
import type { ExtractedDocument } from '../interop/document';
import type { ServiceContext } from './context';
import { assertRecord } from './record-tables';

interface ArticleRow {
  id: string;
  title: string;
  source_url: string | null;
  publisher: string | null;
  author: string | null;
  published_at: string | null;
  language: string;
  notes: string;
  text: string;
  char_count: number;
  created_at: string;
  updated_at: string;
  sha256: string;
  media_type: string;
  file_name: string | null;
  byte_size: number;
  captured_at: string;
  kind: ImportKind;
}

const SUMMARY_COLUMNS = `a.id, a.title, a.publisher, a.author, a.published_at, a.language, a.char_count,
  a.created_at, a.updated_at, o.captured_at, o.kind`;

function toSummary(row: Omit<ArticleRow, 'text' | 'notes' | 'source_url' | 'sha256' | 'media_type' | 'file_name' | 'byte_size'>): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    publishedAt: row.published_at,
    language: row.language,
    charCount: row.char_count,
    capturedAt: row.captured_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    kind: row.kind,
  };
}

function toArticle(row: ArticleRow): Article {
  return {
    ...toSummary(row),
    sourceUrl: row.source_url,
    notes: row.notes,
    text: row.text,
    original: {
      sha256: row.sha256,
      mediaType: row.media_type,
      fileName: row.file_name,
      byteSize: row.byte_size,
      capturedAt: row.captured_at,
      kind: row.kind,
    },
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface NewOriginal {
  bytes: Uint8Array;
  fileName: string | null;
  mediaType: string;
  kind: ImportKind;
}

/** Metadata the caller knows better than the extractor (pasted text with a title, the demo case). */
export type MetadataOverrides = Partial<Pick<ArticleMetadata, 'title' | 'sourceUrl' | 'publisher' | 'author' | 'publishedAt' | 'language'>>;

/** Refuses input that must never become an article, before anything is parsed or written. */
export function assertImportableBytes(bytes: Uint8Array, label: string): void {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new AppError('too_large', `${label} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the import limit is 50 MB. Nothing was imported.`);
  }
  if (bytes.byteLength === 0) throw new AppError('invalid_input', `${label} is empty. Nothing was imported.`);
}

/** The result for bytes already in the workspace: the article that holds them, live or in the trash. */
function existingImport(ctx: ServiceContext, sha256: string, label: string): ImportResult | null {
  const row = ctx.db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, a.deleted_at FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE o.sha256 = ?`)
    .get(sha256) as (ArticleRow & { deleted_at: string | null }) | undefined;
  if (!row) return null;
  const article = toSummary(row);
  if (row.deleted_at === null) return { article, duplicate: true, inTrash: false, sha256 };
  return {
    article,
    duplicate: true,
    inTrash: true,
    sha256,
    message: `${label} is already in the trash as “${article.title}”; nothing was imported. Restore it from the trash to use it again.`,
  };
}

/** A title from the text: its first line if short, else its first words cut at a word boundary, with an ellipsis. */
export function titleFromText(text: string, fallback = 'Untitled'): string {
  const line = (text.split('\n').find((l) => l.trim()) ?? '').trim();
  if (!line) return fallback;
  if (line.length <= 100) return line;
  const cut = line.slice(0, 101);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut.slice(0, 100)).replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

function importReport(doc: ExtractedDocument): ImportReport {
  const notes: string[] = [];
  if (doc.encoding && doc.encoding !== 'utf-8') notes.push(`Read as ${doc.encoding} text; the original bytes are kept unchanged.`);
  if (doc.needsTranscription) {
    notes.push('This PDF has no text layer (it looks like a scan). The original is kept with its SHA-256; the article has no reading text yet and needs transcription: type or paste the text as a correction.');
  }
  if (doc.fileCreated) notes.push(`The file was created on ${doc.fileCreated}; that is when the file was made, not a publication date.`);
  return {
    encoding: doc.encoding ?? null,
    pageStarts: doc.pageStarts ?? null,
    fileCreated: doc.fileCreated ?? null,
    status: doc.needsTranscription ? 'needs transcription' : 'ready',
    notes,
  };
}

/**
 * Stores an original and the article derived from it in one transaction.
 * The same bytes a second time create nothing and name the article that holds them.
 */
export function storeArticle(ctx: ServiceContext, original: NewOriginal, doc: ExtractedDocument, overrides: MetadataOverrides = {}): ImportResult {
  const sha256 = sha256Hex(original.bytes);
  const label = original.fileName ?? 'The pasted text';
  const existing = existingImport(ctx, sha256, label);
  if (existing) return existing;

  const text = normalizeReadingText(doc.text);
  if (!text && !doc.needsTranscription) {
    throw new AppError('invalid_input', `${label} contains no readable text. Nothing was imported.`);
  }
  const now = ctx.now();
  const id = ctx.newId();
  const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  const title = clean(overrides.title) ?? clean(doc.title) ?? titleFromText(text, original.fileName ?? 'Untitled');
  const row = {
    id,
    sha256,
    title: title.length > 500 ? title.slice(0, 500) : title,
    source_url: clean(overrides.sourceUrl) ?? clean(doc.sourceUrl),
    publisher: clean(overrides.publisher) ?? clean(doc.publisher),
    author: clean(overrides.author) ?? clean(doc.author),
    published_at: clean(overrides.publishedAt) ?? clean(doc.publishedAt),
    language: overrides.language ?? detectLanguage(text),
    notes: doc.fileCreated ? `Provenance: file created ${doc.fileCreated} (from the file's own metadata; not a publication date).` : '',
    text,
    char_count: codePointLength(text),
    now,
  };
  return ctx.db.transaction(() => {
    const raced = existingImport(ctx, sha256, label);
    if (raced) return raced;
    ctx.db
      .prepare('INSERT INTO originals (sha256, media_type, file_name, byte_size, captured_at, kind, data) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(sha256, original.mediaType, original.fileName, original.bytes.byteLength, now, original.kind, original.bytes);
    ctx.db
      .prepare(
        `INSERT INTO articles (id, original_sha256, title, source_url, publisher, author, published_at, language, notes, text, char_count, created_at, updated_at)
         VALUES (@id, @sha256, @title, @source_url, @publisher, @author, @published_at, @language, @notes, @text, @char_count, @now, @now)`,
      )
      .run(row);
    return { article: getArticle(ctx, id), duplicate: false, inTrash: false, sha256, report: importReport(doc) };
  }).immediate();
}

export function getArticle(ctx: ServiceContext, id: string): Article {
  const row = ctx.db
    .prepare(
      `SELECT a.*, o.sha256, o.media_type, o.file_name, o.byte_size, o.captured_at, o.kind
       FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE a.id = ? AND a.deleted_at IS NULL`,
    )
    .get(id) as ArticleRow | undefined;
  if (!row) throw new AppError('not_found', `No article with id ${id} in this workspace.`);
  return toArticle(row);
}

const SORT_COLUMNS: Record<ArticleSort, string> = {
  title: 'a.title COLLATE NOCASE',
  publishedAt: 'a.published_at',
  capturedAt: 'o.captured_at',
  publisher: 'a.publisher COLLATE NOCASE',
};

/** Columns that are never NULL sort without the "missing values last" term, so an index can serve them. */
const NOT_NULL_SORTS = new Set<ArticleSort>(['title', 'capturedAt']);

export function listArticles(
  ctx: ServiceContext,
  opts: { filter?: string; caseId?: string; sort: ArticleSort; direction: 'asc' | 'desc'; limit?: number; offset?: number },
): { items: ArticleSummary[]; total: number; matched: number } {
  const words = (opts.filter ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 20);
  const where = ['a.deleted_at IS NULL'];
  const params: string[] = [];
  if (opts.caseId) {
    where.push('a.id IN (SELECT article_id FROM case_articles WHERE case_id = ?)');
    params.push(opts.caseId);
  }
  for (const word of words) {
    where.push(`(a.title LIKE ? ESCAPE '\\' OR ifnull(a.publisher, '') LIKE ? ESCAPE '\\' OR ifnull(a.author, '') LIKE ? ESCAPE '\\')`);
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like, like);
  }
  const dir = opts.direction === 'asc' ? 'ASC' : 'DESC';
  const column = SORT_COLUMNS[opts.sort];
  // Missing values sort last whichever way the column is sorted.
  const missingLast = NOT_NULL_SORTS.has(opts.sort) ? '' : `${column} IS NULL, `;
  // Sorted by title, the id tie-break follows the title's direction: the index articles_live_title
  // then serves the whole order (migration 0011).
  const tieBreak = opts.sort === 'title' ? `a.id ${dir}` : 'a.title COLLATE NOCASE, a.id';
  const order = `${missingLast}${column} ${dir}, ${tieBreak}`;
  const from = `FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE ${where.join(' AND ')}`;
  const paged = opts.limit !== undefined || Boolean(opts.offset);
  const page = paged ? ' LIMIT ? OFFSET ?' : '';
  const pageParams = paged ? [opts.limit ?? -1, opts.offset ?? 0] : [];
  const rows = ctx.db.prepare(`SELECT ${SUMMARY_COLUMNS} ${from} ORDER BY ${order}${page}`).all(...params, ...pageParams) as ArticleRow[];
  const total = countArticles(ctx);
  const filtered = words.length > 0 || opts.caseId !== undefined;
  let matched = total;
  if (!paged) matched = rows.length;
  else if (filtered) matched = ctx.db.prepare(`SELECT count(*) ${from}`).pluck().get(...params) as number;
  return { items: rows.map(toSummary), total, matched };
}

const COLUMN_OF: Record<keyof ArticleMetadata, string> = {
  title: 'title',
  sourceUrl: 'source_url',
  publisher: 'publisher',
  author: 'author',
  publishedAt: 'published_at',
  language: 'language',
  notes: 'notes',
};

/** Edits metadata only; the reading text and the original are out of reach of this function. */
export function updateArticle(ctx: ServiceContext, id: string, patch: Partial<ArticleMetadata>): Article {
  return ctx.db.transaction(() => {
    assertRecord(ctx, 'article', id);
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof ArticleMetadata, string | null][];
    if (entries.length) {
      const sets = entries.map(([k]) => `${COLUMN_OF[k]} = ?`).join(', ');
      const values = entries.map(([k, v]) => (k === 'title' ? (v as string).trim() : typeof v === 'string' && k !== 'notes' && !v.trim() ? null : v));
      ctx.db.prepare(`UPDATE articles SET ${sets}, updated_at = ? WHERE id = ?`).run(...values, ctx.now(), id);
    }
    return getArticle(ctx, id);
  }).immediate();
}

export function countArticles(ctx: ServiceContext): number {
  return (ctx.db.prepare('SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL').get() as { n: number }).n;
}
