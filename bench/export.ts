// Export of a 1,000-record case in every format, against reading the same records raw from SQLite
// in the same process: what the data set, the redaction rules and each renderer add.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createRegistry, type Registry } from '../src/node/api/registry';
import { buildExportDataset } from '../src/node/export/dataset';
import { formatById } from '../src/node/export/formats';
import { openWorkspace } from '../src/node/workspace';

const ARTICLES = 100;
const HIGHLIGHTS_PER_ARTICLE = 6;
const FIGURES_PER_ARTICLE = 2;
const FORMATS = ['json', 'md', 'mdzip', 'csv', 'html', 'docx', 'xlsx'] as const;

async function call<T = any>(registry: Registry, method: string, input: unknown): Promise<T> {
  const r = await registry.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

const text = (i: number) =>
  `Report ${i}. Monitors said 745 civilians were killed in the coastal region. ` +
  `Witnesses described armed men going from house to house. The ministry gave no toll. ` +
  `Residents of the village fled to the hills. Aid groups asked for access to the area.`;

async function time(label: string, run: () => Promise<unknown>, rounds = 3): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    await run();
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ms = runs.sort((a, b) => a - b)[Math.floor(rounds / 2)];
  console.log(`  ${label.padEnd(40)} ${ms.toFixed(1).padStart(9)} ms`);
  return ms;
}

/** The longest the event loop was kept waiting while `run` ran (ms). */
async function longestPause(run: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  await run();
  histogram.disable();
  return histogram.max / 1e6;
}

export async function benchExport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-bench-export-'));
  const ws = openWorkspace({ dataDir: dir });
  try {
    const r = createRegistry(ws);
    const theCase = await call(r, 'cases.create', { title: 'Bench case' });
    const reporter = await call(r, 'actors.create', { name: 'SOHR', type: 'organisation' });
    const codeId = (await call(r, 'codes.list', {})).codes[0].id;
    const ids: string[] = [];
    for (let i = 0; i < ARTICLES; i++) {
      const t = text(i);
      const { article } = await call(r, 'articles.importText', { text: t, title: `Report ${i}` });
      ids.push(article.id);
      for (let h = 0; h < HIGHLIGHTS_PER_ARTICLE; h++) await call(r, 'highlights.create', { articleId: article.id, start: h * 20, end: h * 20 + 15, codeIds: [codeId], memo: `memo ${i}.${h}` });
      const at = t.indexOf('745 civilians were killed');
      for (let f = 0; f < FIGURES_PER_ARTICLE; f++) {
        await call(r, 'figures.create', { articleId: article.id, start: at, end: at + 25, reporterId: reporter.id, reportedDate: `2025-03-${String(8 + f).padStart(2, '0')}`, outcome: 'killed', group: 'civilians', wording: '745 civilians were killed' });
      }
      await call(r, 'memos.create', { targetType: 'article', targetId: article.id, text: `Note on report ${i}` });
    }
    await call(r, 'cases.addArticles', { caseId: theCase.id, articleIds: ids });
    const records = ARTICLES * (1 + HIGHLIGHTS_PER_ARTICLE + FIGURES_PER_ARTICLE + 1);
    console.log(`Export of one case: ${records} records (${ARTICLES} articles, highlights, figures, memos)\n`);
    const raw = await time('raw SQLite read of the same records', async () => {
      const db = ws.db;
      db.prepare('SELECT a.* FROM articles a JOIN case_articles c ON c.article_id = a.id WHERE c.case_id = ?').all(theCase.id);
      db.prepare('SELECT h.* FROM highlights h JOIN case_articles c ON c.article_id = h.article_id WHERE c.case_id = ?').all(theCase.id);
      db.prepare('SELECT f.* FROM figures f JOIN case_articles c ON c.article_id = f.article_id WHERE c.case_id = ?').all(theCase.id);
      db.prepare("SELECT m.* FROM memos m JOIN case_articles c ON c.article_id = m.target_id WHERE m.target_type = 'article' AND c.case_id = ?").all(theCase.id);
      db.prepare('SELECT t.* FROM taggings t JOIN highlights h ON h.id = t.item_id JOIN case_articles c ON c.article_id = h.article_id WHERE c.case_id = ?').all(theCase.id);
    }, 5);
    const scope = { kind: 'case', caseId: theCase.id } as const;
    for (const format of FORMATS) {
      const ms = await time(`export.render ${format} (team)`, () => call(r, 'export.render', { scope, profile: 'team', format }));
      console.log(`  => ${format}: ${(ms / raw).toFixed(0)}x the raw read`);
    }
    // How long the core's thread stops answering during an export: rendered in the worker (as the
    // API does) against the same DOCX rendered on the thread itself.
    for (const format of ['docx', 'xlsx'] as const) {
      const onThread = await longestPause(async () => formatById(format).render(buildExportDataset(ws.ctx, scope, 'team')));
      const inWorker = await longestPause(() => call(r, 'export.render', { scope, profile: 'team', format }));
      console.log(`  longest pause of the core's thread, ${format}: ${inWorker.toFixed(0)} ms with the worker, ${onThread.toFixed(0)} ms rendered on the thread (${(onThread / inWorker).toFixed(0)}x)`);
    }
    // The case file (zipped BagIt bag: case.json, originals, reports, tables, manifests), and reading it back with every check.
    let bundle = '';
    const bag = await time('casefile.render (team)', async () => (bundle = (await call(r, 'casefile.render', { scope, profile: 'team' })).dataBase64));
    console.log(`  => case file: ${(bag / raw).toFixed(0)}x the raw read (${(Buffer.from(bundle, 'base64').length / 1024).toFixed(0)} KB)`);
    const verify = await time('casefile.verify (bytes)', () => call(r, 'casefile.verify', { fileName: 'bench.zip', dataBase64: bundle }));
    console.log(`  => verify: ${(verify / raw).toFixed(0)}x the raw read`);
    console.log('');
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
