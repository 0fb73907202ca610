import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../../src/node/api/registry';
import { ok, tempDir, tempWorkspace } from '../helpers/workspace';

// A case large enough that its XLSX workbook and DOCX memo take a while to render: a few long
// texts (one paragraph each per line) and many highlights.
const ARTICLES = 4;
const PARAGRAPHS = 6000;

let t: ReturnType<typeof tempWorkspace>;
let out: ReturnType<typeof tempDir>;
let scope: { kind: 'case'; caseId: string };
beforeAll(async () => {
  t = tempWorkspace();
  out = tempDir();
  const theCase = await ok(t.registry, 'cases.create', { title: 'Large case' });
  const codeId = (await ok(t.registry, 'codes.list', {})).codes[0].id;
  const ids: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const text = Array.from({ length: PARAGRAPHS }, (_, p) => `Paragraph ${p} of report ${i}: armed men went from house to house in the village.`).join('\n\n');
    const { article } = await ok(t.registry, 'articles.importText', { text, title: `Long report ${i}` });
    for (let h = 0; h < 50; h++) await ok(t.registry, 'highlights.create', { articleId: article.id, start: h * 90, end: h * 90 + 40, codeIds: [codeId], memo: `memo ${h}` });
    ids.push(article.id);
  }
  await ok(t.registry, 'cases.addArticles', { caseId: theCase.id, articleIds: ids });
  scope = { kind: 'case', caseId: theCase.id };
});
afterAll(() => {
  t.remove();
  out.remove();
});

/** Waits until the job reports `stage` (polling the API, as the dialog does). */
async function reaches(registry: Registry, jobId: string, stage: string): Promise<void> {
  for (;;) {
    const progress = await ok(registry, 'export.progress', { jobId });
    if (progress.stage === stage) return;
    if (['done', 'failed', 'cancelled'].includes(progress.stage)) throw new Error(`the export reached ${progress.stage} before ${stage}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('exports render in a worker thread', () => {
  it.each(['xlsx', 'docx'])('a large %s export answers other calls while it renders, and Cancel stops it mid-render leaving no file', async (format) => {
    const path = join(out.dir, `large.team.${format}`);
    const jobId = randomUUID();
    let finished = false;
    const running = t.registry.call('export.run', { scope, format, path, jobId }).finally(() => (finished = true));
    await reaches(t.registry, jobId, 'rendering');
    // The core's thread is free: another call is answered while the export is still rendering.
    const cases = await ok(t.registry, 'cases.list', {});
    expect(cases.cases.length).toBe(1);
    const progress = await ok(t.registry, 'export.progress', { jobId });
    expect(progress).toMatchObject({ stage: 'rendering', records: { total: expect.any(Number) } });
    expect(progress.records.total).toBeGreaterThan(200);
    expect(finished).toBe(false);
    expect(await ok(t.registry, 'export.cancel', { jobId })).toEqual({ cancelled: true });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(out.dir)).toEqual([]);
    expect(await ok(t.registry, 'export.progress', { jobId })).toMatchObject({ stage: 'cancelled' });
  });

  it('finishes the same export when nobody cancels it, reporting every record rendered', async () => {
    const path = join(out.dir, 'large.team.xlsx');
    const jobId = randomUUID();
    const saved = await ok(t.registry, 'export.run', { scope, format: 'xlsx', path, jobId });
    expect(saved.bytes).toBeGreaterThan(100_000);
    expect(readdirSync(out.dir)).toEqual(['large.team.xlsx']);
    const progress = await ok(t.registry, 'export.progress', { jobId });
    expect(progress.stage).toBe('done');
    expect(progress.records.rendered).toBe(progress.records.total);
  });
});
