// A figure whose source gives no date is exported as "undated", never as "reported " and nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => (t = tempWorkspace()));
afterEach(() => t.remove());

describe('undated figures in exports', () => {
  it('say "undated" in Markdown, HTML and JSON citations', async () => {
    const text = 'The monitor said 745 civilians were killed in the coastal region.';
    const { article } = await ok(t.registry, 'articles.importText', { text, title: 'Undated brief' });
    const reporter = await ok(t.registry, 'actors.create', { name: 'SOHR', type: 'organisation' });
    const start = [...text.slice(0, text.indexOf('745'))].length;
    await ok(t.registry, 'figures.create', { articleId: article.id, start, end: start + 24, reporterId: reporter.id, reportedDate: '', outcome: 'killed', group: 'civilians', wording: '745 civilians were killed' });
    await ok(t.registry, 'figures.create', { reporterId: reporter.id, reportedDate: '', outcome: 'killed', group: 'total', wording: 'about 1,000 killed' });
    for (const format of ['md', 'html', 'json'] as const) {
      const out = await ok(t.registry, 'export.render', { scope: { kind: 'all' }, profile: 'internal', format });
      const body = Buffer.from(out.dataBase64, 'base64').toString('utf8');
      expect(body, format).toContain('undated');
      expect(body, format).not.toMatch(/reported\s*[,.(<]/);
    }
  });
});
