// The library in pages (limit/offset): pages add up to the whole sorted list, `matched` counts what
// the filter lets through, and the title sort is served by its index rather than a sort of every row.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(async () => {
  t = tempWorkspace();
  for (const title of ['Delta report', 'alpha brief', 'Charlie bulletin', 'bravo note', 'Echo report', 'foxtrot memo', 'Golf report']) {
    await ok(t.registry, 'articles.importText', { text: `${title}: monitors counted the dead in the coastal region.`, title });
  }
});
afterEach(() => t.remove());

describe('articles.list in pages', () => {
  it('gives pages that add up to the whole list, in the same order, for every sort', async () => {
    for (const sort of ['title', 'capturedAt', 'publishedAt', 'publisher'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const whole = await ok(t.registry, 'articles.list', { sort, direction });
        expect(whole.matched).toBe(7);
        const pages: string[] = [];
        for (let offset = 0; offset < 7; offset += 3) {
          const page = await ok(t.registry, 'articles.list', { sort, direction, limit: 3, offset });
          expect(page.items.length).toBe(Math.min(3, 7 - offset));
          expect(page.matched).toBe(7);
          pages.push(...page.items.map((a: { id: string }) => a.id));
        }
        expect(pages).toEqual(whole.items.map((a: { id: string }) => a.id));
      }
    }
  });

  it('counts what the filter lets through, apart from the page', async () => {
    const page = await ok(t.registry, 'articles.list', { filter: 'report', sort: 'title', direction: 'asc', limit: 2 });
    expect(page.items.map((a: { title: string }) => a.title)).toEqual(['Delta report', 'Echo report']);
    expect(page).toMatchObject({ matched: 3, total: 7 });
  });

  it('refuses a page size over 1,000 or a negative offset, changing nothing', async () => {
    for (const bad of [{ limit: 1001 }, { limit: 0 }, { offset: -1 }, { limit: 2.5 }]) {
      const r = await t.registry.call('articles.list', { sort: 'title', direction: 'asc', ...bad });
      expect(r.ok).toBe(false);
    }
  });

  for (const direction of ['asc', 'desc'] as const)
  it(`reads a page sorted by title (${direction}) through the live-title index, sorting nothing`, async () => {
    // The statement articles.list really runs, caught as it is prepared, then explained.
    const db = t.ws.db;
    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => (prepared.push(sql), prepare(sql))) as typeof db.prepare;
    try {
      await ok(t.registry, 'articles.list', { sort: 'title', direction, limit: 50 });
    } finally {
      db.prepare = prepare;
    }
    const sql = prepared.find((q) => /ORDER BY/.test(q) && /LIMIT/.test(q))!;
    const placeholders = (sql.match(/\?/g) ?? []).length;
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array(placeholders).fill(null)) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/USING INDEX articles_live_title/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it('counts the live articles from the index, not by reading every row', () => {
    const plan = (t.ws.db.prepare('EXPLAIN QUERY PLAN SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL').all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX articles_live_title/);
  });
});
