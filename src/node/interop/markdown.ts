import type { ExtractedDocument, ImportFormat } from './document';
import { decodeTextFile } from './decode-text';
import { httpUrl } from './html-metadata';

/**
 * Markdown: the reading text keeps the words and paragraphs and drops the markup
 * (headings' #, emphasis, link targets, images, code fences). Front matter gives metadata.
 */
export const markdownFormat: ImportFormat = {
  kind: 'markdown',
  extensions: ['.md', '.markdown'],
  mediaType: 'text/markdown',
  async extract(bytes, fileName) {
    return markdownToDocument(decodeTextFile(bytes, fileName));
  },
};

export function markdownToDocument(source: string): ExtractedDocument {
  let body = source.replace(/\r\n?/g, '\n');
  const meta: Record<string, string> = {};
  const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (front) {
    for (const line of front[1].split('\n')) {
      const m = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
      if (m) meta[m[1].toLowerCase()] = m[2].replace(/^["']|["']$/g, '').trim();
    }
    body = body.slice(front[0].length);
  }
  const heading = /^#\s+(.+)$/m.exec(body);
  const text = body
    .replace(/^```[^\n]*\n([\s\S]*?)^```$/gm, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^(-{3,}|\*{3,})$/gm, '');
  return {
    text,
    title: meta.title ?? heading?.[1].trim() ?? null,
    author: meta.author ?? null,
    publisher: meta.publisher ?? meta.source ?? null,
    publishedAt: meta.date ?? null,
    sourceUrl: httpUrl(meta.url), // only http(s): a javascript: or file: link is dropped, as in HTML
  };
}
