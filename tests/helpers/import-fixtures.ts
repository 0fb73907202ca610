import type { tempWorkspace } from './workspace';
import { ok } from './workspace';

type Workspace = ReturnType<typeof tempWorkspace>;

/** Ids of the articles a search finds, sorted (the search index is what researchers use). */
export async function articlesFound(t: Workspace, query: string): Promise<string[]> {
  const result = await ok<{ groups: { type: string; results: { id: string; articleId: string | null }[] }[] }>(t.registry, 'search.query', { query, limit: 500 });
  const ids = result.groups.filter((g) => g.type === 'article').flatMap((g) => g.results.map((r) => r.articleId ?? r.id));
  return [...new Set(ids)].sort();
}

/** Whitespace-normalised text, for comparing a stored reading text with its known source. */
export const words = (s: string) => s.replace(/\s+/g, ' ').trim();
