import { z } from 'zod';
import { LanguageTag, PublicationDate, Sha256, ShortText, Timestamp, Uuid } from './common';

/** Largest original file the workbench accepts, in bytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Base64 length of MAX_IMPORT_BYTES (4 characters per 3 bytes, padded). */
export const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
/** A file's bytes as base64, within the import limit (files, projects, codebooks sent by the app or the CLI). */
export const ImportBase64 = z
  .string()
  .max(MAX_IMPORT_BASE64 + 4, { message: 'the file is over the 50 MB import limit' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' });

export const supportedImportExtensions = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'] as const;

export const ImportKind = z.enum(['pasted', 'text', 'markdown', 'html', 'pdf', 'docx']);
export type ImportKind = z.infer<typeof ImportKind>;

/** The immutable capture an article's reading text was derived from. */
export const Original = z.object({
  sha256: Sha256,
  mediaType: z.string(),
  fileName: z.string().nullable(),
  byteSize: z.number().int().nonnegative(),
  capturedAt: Timestamp,
  kind: ImportKind,
});
export type Original = z.infer<typeof Original>;

/** Metadata fields the researcher may edit. The reading text is not among them. */
export const ArticleMetadata = z.object({
  title: ShortText(500).refine((s) => s.trim().length > 0, { message: 'must not be empty' }),
  sourceUrl: z.union([z.url({ message: 'must be a full URL such as https://…' }).max(2000), z.literal('')]).nullable(),
  publisher: ShortText(300).nullable(),
  author: ShortText(300).nullable(),
  publishedAt: PublicationDate.nullable(),
  language: LanguageTag,
  notes: z.string().max(100_000),
});
export type ArticleMetadata = z.infer<typeof ArticleMetadata>;

export const ArticleSummary = z.object({
  id: Uuid,
  title: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  language: z.string(),
  capturedAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  charCount: z.number().int().nonnegative(),
  kind: ImportKind,
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = ArticleSummary.extend({
  sourceUrl: z.string().nullable(),
  notes: z.string(),
  /** Reading text: NFC, LF line endings. Highlights anchor to code points of this string. */
  text: z.string(),
  original: Original,
});
export type Article = z.infer<typeof Article>;

/** What the importer did with a file, for the person importing: encoding, pages, status, notes. */
export const ImportReport = z.object({
  /** The text encoding the file was read with ("utf-8", "windows-1256", ...), for text formats. */
  encoding: z.string().nullable(),
  /** Pages found (PDF), each with the code-point offset where it begins in the reading text. */
  pageStarts: z.array(z.number().int().nonnegative()).nullable(),
  /** When the file itself was made (PDF CreationDate, DOCX created): provenance, not publication. */
  fileCreated: z.string().nullable(),
  /** "ready", or "needs transcription" for a scan without a text layer (the text is typed in as a correction). */
  status: z.enum(['ready', 'needs transcription']),
  /** Sentences for the person importing. */
  notes: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportResult = z.object({
  article: ArticleSummary,
  /** True when these exact bytes were already in the workspace; nothing new was written. */
  duplicate: z.boolean(),
  /** True when those bytes belong to an article in the trash: restore it (trash.restore) to use it again. */
  inTrash: z.boolean(),
  /** A sentence for the person importing, when the result needs one (the article is in the trash). */
  message: z.string().optional(),
  sha256: Sha256,
  /** Present for a new import: how the file was read. */
  report: ImportReport.optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** Chosen by the caller of articles.importFile so that it can cancel that import (articles.cancelImport). */
export const ImportJobId = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, { message: 'must be letters, digits, - or _' });

export const ArticleSort = z.enum(['title', 'publishedAt', 'capturedAt', 'publisher']);
export type ArticleSort = z.infer<typeof ArticleSort>;
