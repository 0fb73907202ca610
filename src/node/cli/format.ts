import type { Article, ArticleSummary } from '../../shared/schemas/article';

/** Human-readable output for the terminal; --json gives the data instead. */
export function formatArticleTable(items: ArticleSummary[]): string {
  if (!items.length) return 'The library is empty. Import files with: fieldnotes import FILE...';
  return items
    .map((a) => [a.id, (a.publishedAt ?? '').slice(0, 10).padEnd(10), a.language.padEnd(3), a.title].join('  '))
    .join('\n');
}

export function formatArticle(a: Article): string {
  const lines = [
    a.title,
    '',
    `id:         ${a.id}`,
    `publisher:  ${a.publisher ?? '-'}`,
    `author:     ${a.author ?? '-'}`,
    `published:  ${a.publishedAt ?? '-'}`,
    `language:   ${a.language}`,
    `source:     ${a.sourceUrl ?? '-'}`,
    `original:   ${a.original.fileName ?? '(pasted text)'}  ${a.original.mediaType}  ${a.original.byteSize} bytes`,
    `sha256:     ${a.original.sha256}`,
    `captured:   ${a.original.capturedAt}`,
    '',
    a.text,
  ];
  return lines.join('\n');
}
