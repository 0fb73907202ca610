import { z } from 'zod';
import {
  Article,
  ArticleMetadata,
  ArticleSort,
  ArticleSummary,
  ImportJobId,
  ImportResult,
  ImportBase64,
} from '../../schemas/article';
import { Uuid } from '../../schemas/common';

/** Workspace, library and import methods. */
export const articleMethods = {
  'workspace.info': {
    summary: 'Where the workspace lives and what it holds.',
    input: z.object({}).strict(),
    output: z.object({
      appVersion: z.string(),
      dataDir: z.string(),
      databasePath: z.string(),
      schemaVersion: z.number().int(),
      articleCount: z.number().int(),
    }),
  },
  'articles.list': {
    summary:
      'Articles in the library, sorted, optionally filtered by a case and by words in title, publisher or author; ' +
      'a page of them with limit and offset (matched counts every article the filter lets through).',
    input: z
      .object({
        filter: z.string().max(500).optional(),
        caseId: Uuid.optional(),
        sort: ArticleSort.default('capturedAt'),
        direction: z.enum(['asc', 'desc']).default('desc'),
        limit: z.number().int().min(1).max(1000).optional(),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ items: z.array(ArticleSummary), total: z.number().int(), matched: z.number().int() }),
  },
  'articles.get': {
    summary: 'One article with its reading text and provenance.',
    input: z.object({ id: Uuid }).strict(),
    output: Article,
  },
  'articles.importText': {
    summary: 'Import pasted text as a new article. The pasted text is kept as the original.',
    input: z
      .object({
        text: z.string().max(10_000_000, { message: 'is over 10 million characters; import it as a file' }),
        title: z.string().max(500).optional(),
        sourceUrl: ArticleMetadata.shape.sourceUrl.optional(),
        publisher: ArticleMetadata.shape.publisher.optional(),
        author: ArticleMetadata.shape.author.optional(),
        publishedAt: ArticleMetadata.shape.publishedAt.optional(),
      })
      .strict(),
    output: ImportResult,
  },
  'articles.importFile': {
    summary: 'Import a file (.txt, .md, .html, .htm, .pdf, .docx) given as base64 bytes; it is read in a worker with time and memory limits, and jobId lets articles.cancelImport stop it.',
    input: z
      .object({
        fileName: z.string().min(1).max(255),
        dataBase64: ImportBase64,
        jobId: ImportJobId.optional(),
      })
      .strict(),
    output: ImportResult,
  },
  'articles.cancelImport': {
    summary: 'Stop the file import started with this jobId; nothing of it is written. cancelled is false when none is running.',
    input: z.object({ jobId: ImportJobId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'articles.update': {
    summary: 'Edit an article\u2019s metadata (never its reading text).',
    input: z.object({ id: Uuid, patch: ArticleMetadata.partial().strict() }).strict(),
    output: Article,
  },
  'demo.load': {
    summary: 'Load the demo case (articles about the March 2025 coastal killings) into the workspace, as a case.',
    input: z.object({}).strict(),
    output: z.object({ imported: z.number().int(), alreadyPresent: z.number().int(), caseId: Uuid }),
  },
} as const;
