import type { Article, ArticleMetadata } from '../../../src/shared/schemas/article';

/** The metadata form's fields as the person typed them. */
export interface MetadataDraft {
  title: string;
  sourceUrl: string;
  publisher: string;
  author: string;
  publishedAt: string;
  language: string;
  notes: string;
}

export type MetadataField = keyof MetadataDraft;

export const metadataFields: MetadataField[] = ['title', 'sourceUrl', 'publisher', 'author', 'publishedAt', 'language', 'notes'];

const nullableFields = new Set<MetadataField>(['sourceUrl', 'publisher', 'author', 'publishedAt']);

export function draftFromArticle(article: Article): MetadataDraft {
  return {
    title: article.title,
    sourceUrl: article.sourceUrl ?? '',
    publisher: article.publisher ?? '',
    author: article.author ?? '',
    publishedAt: article.publishedAt ?? '',
    language: article.language,
    notes: article.notes,
  };
}

/** What the field will be saved as: single-line fields trimmed, empty optional fields cleared to null. */
function savedValue(field: MetadataField, typed: string): string | null {
  if (field === 'notes') return typed;
  const trimmed = typed.trim();
  if (nullableFields.has(field) && trimmed === '') return null;
  return trimmed;
}

/** Only the fields that differ from the stored article; an empty object means nothing to save. */
export function patchFromDraft(draft: MetadataDraft, article: Article): Partial<ArticleMetadata> {
  const stored = draftFromArticle(article);
  const patch: Record<string, string | null> = {};
  for (const field of metadataFields) {
    const next = savedValue(field, draft[field]);
    const before = savedValue(field, stored[field]);
    if (next !== before) patch[field] = next;
  }
  return patch as Partial<ArticleMetadata>;
}

export function isDirty(draft: MetadataDraft, article: Article): boolean {
  return Object.keys(patchFromDraft(draft, article)).length > 0;
}
