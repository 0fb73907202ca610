import { strToU8, zipSync } from 'fflate';
import type { ExportArticle, ExportDataset } from '../../../shared/schemas/export';
import { escapeMd, renderMarkdown } from './md';
import type { ExportFormat } from './types';

/** A file name for an article: its number and the ASCII words of its title (its id when there are none). */
function fileNameOf(a: ExportArticle, i: number): string {
  const slug = a.title.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60);
  return `articles/${String(i + 1).padStart(3, '0')}-${slug || a.id}.md`;
}

/** The part of the data set that belongs to one article: it, and the segments, figures, quotes and memos on it. */
function articleDataset(d: ExportDataset, a: ExportArticle): ExportDataset {
  return {
    ...d,
    title: a.title,
    articles: [a],
    segments: d.segments.filter((s) => s.articleId === a.id),
    figures: d.figures.filter((f) => f.articleId === a.id),
    quotes: d.quotes.filter((q) => q.articleId === a.id),
    memos: d.memos.filter((m) => m.targetType === 'article' && m.targetId === a.id),
    reconciliation: { ...d.reconciliation, flags: [] },
    cases: [],
    accounts: [],
    witnesses: [],
    incidents: [],
  };
}

/** What belongs to no single article: cases and their memos, accounts, witnesses, incidents, figures and quotes without a source. */
function indexDataset(d: ExportDataset): ExportDataset {
  return {
    ...d,
    articles: [],
    segments: [],
    figures: d.figures.filter((f) => f.articleId === null),
    quotes: d.quotes.filter((q) => q.articleId === null),
    memos: d.memos.filter((m) => m.targetType !== 'article'),
  };
}

const articleFront = (a: ExportArticle): [string, string | null][] => [
  ['article_id', a.id],
  ['publisher', a.publisher],
  ['author', a.author],
  ['published', a.publishedAt],
  ['language', a.language],
  ['source_url', a.sourceUrl],
  ['original_sha256', a.original.sha256],
  ['captured', a.original.capturedAt],
];

/**
 * Markdown notes, one file per article (a zip): index.md lists the articles and holds what belongs
 * to none of them; each article's file has its metadata as YAML front matter, its coded segments,
 * figures, quotes and memos, and its text. Every file is rendered by the single-file renderer
 * (md.ts) from a part of the same data set, so the redaction is the same.
 */
export function renderMarkdownFiles(d: ExportDataset): Record<string, Uint8Array> {
  const names = d.articles.map(fileNameOf);
  const list = d.articles.length ? ['## Articles', d.articles.map((a, i) => `- [${escapeMd(a.title)}](${names[i]})`).join('\n')] : [];
  const files: Record<string, Uint8Array> = { 'index.md': strToU8(renderMarkdown(indexDataset(d), [], list)) };
  d.articles.forEach((a, i) => (files[names[i]] = strToU8(renderMarkdown(articleDataset(d, a), articleFront(a), ['[Index](../index.md)']))));
  return files;
}

export const mdzipFormat: ExportFormat = {
  id: 'mdzip',
  label: 'Markdown, one file per article (zip)',
  extension: 'md.zip',
  mediaType: 'application/zip',
  container: 'zip',
  async render(dataset) {
    return zipSync(renderMarkdownFiles(dataset), { level: 6, mtime: new Date(dataset.generatedAt) });
  },
};
