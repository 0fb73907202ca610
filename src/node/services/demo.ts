import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError, describeZodError, summarizeIssues } from '../../shared/api/errors';
import { ArticleMetadata } from '../../shared/schemas/article';
import { storeArticle } from './articles';
import { insertCase, linkArticles } from './cases';
import type { ServiceContext } from './context';

export const DEMO_CASE_FILE = join('demo', 'coastal-killings-2025-03.json');

const DemoCase = z.object({
  about: z.string(),
  case: z.object({ title: z.string(), description: z.string() }),
  articles: z
    .array(
      ArticleMetadata.pick({ title: true, publisher: true, author: true, publishedAt: true, sourceUrl: true, language: true }).extend({
        text: z.string().min(1),
      }),
    )
    .min(1),
});

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'article';
}

/** Loads the demo case written for Fieldnotes (resources/demo). Loading it twice adds nothing. */
export function loadDemoCase(ctx: ServiceContext, resourcesDir: string): { imported: number; alreadyPresent: number; caseId: string } {
  const path = join(resourcesDir, DEMO_CASE_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new AppError('not_found', `The demo case file is missing or unreadable (${path}). Reinstall Fieldnotes to restore it.`);
  }
  const parsed = DemoCase.safeParse(raw);
  if (!parsed.success) throw new AppError('internal', summarizeIssues('The demo case file is malformed', describeZodError(parsed.error)));
  let imported = 0;
  let alreadyPresent = 0;
  const articleIds: string[] = [];
  return ctx.db.transaction(() => {
    for (const article of parsed.data.articles) {
      const { text, ...metadata } = article;
      const bytes = new TextEncoder().encode(text);
      const result = storeArticle(
        ctx,
        { bytes, fileName: `${slug(article.title)}.txt`, mediaType: 'text/plain; charset=utf-8', kind: 'text' },
        { text },
        metadata,
      );
      articleIds.push(result.article.id);
      if (result.duplicate) alreadyPresent++;
      else imported++;
    }
    const { title, description } = parsed.data.case;
    const existing = ctx.db.prepare('SELECT id FROM cases WHERE lower(title) = lower(?) AND deleted_at IS NULL').pluck().get(title) as string | undefined;
    const caseId = existing ?? insertCase(ctx, title, description).id;
    linkArticles(ctx, caseId, articleIds);
    return { imported, alreadyPresent, caseId };
  }).immediate();
}
