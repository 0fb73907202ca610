// The workbench's hot paths measured against a baseline run in the same process,
// reported as ratios (API cost / raw SQLite cost), never as absolute pass/fail timings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reanchor, selectorFor } from '../src/shared/domain/anchoring';
import { CodePointText } from '../src/shared/domain/code-points';
import { createRegistry } from '../src/node/api/registry';
import { openWorkspace } from '../src/node/workspace';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 3000);

const EN = 'Monitors reported that at least 745 civilians were killed in the coastal region, most of them Alawites. ';
const AR = 'قُتل ما لا يقل عن ٤٥ مدنياً، بينهم ٩ أطفال، في هجوم على قرية في ريف حماة. ';
const body = (i: number) => `Report ${i}\n\n${(i % 3 === 0 ? AR : EN).repeat(40)}\n\nClosing note ${i}.`;

async function time(label: string, run: () => unknown | Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`  ${label.padEnd(48)} ${ms.toFixed(1).padStart(9)} ms`);
  return ms;
}

function ratio(label: string, api: number, base: number): void {
  console.log(`  => ${label}: ${(api / base).toFixed(2)}x the baseline\n`);
}

export async function benchCore(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-bench-'));
  const ws = openWorkspace({ dataDir: dir });
  const registry = createRegistry(ws);
  console.log(`Import, list, re-anchor (${ARTICLES} articles)\n`);

  console.log('Import pasted text');
  const api = await time(`registry articles.importText x${ARTICLES}`, async () => {
    for (let i = 0; i < ARTICLES; i++) {
      const r = await registry.call('articles.importText', { text: body(i), title: `Report ${i}` });
      if (!r.ok) throw new Error(r.error.message);
    }
  });
  ws.db.exec('CREATE TABLE bench_raw (id TEXT PRIMARY KEY, title TEXT, text TEXT, data BLOB)');
  const insert = ws.db.prepare('INSERT INTO bench_raw VALUES (?, ?, ?, ?)');
  const base = await time(`raw INSERT, one transaction each x${ARTICLES}`, () => {
    for (let i = 0; i < ARTICLES; i++) ws.db.transaction(() => insert.run(crypto.randomUUID(), `Report ${i}`, body(i), Buffer.from(body(i))))();
  });
  ratio('import through the API vs raw insert', api, base);

  console.log('List the library');
  const listApi = await time('registry articles.list (all rows) x20', async () => {
    for (let i = 0; i < 20; i++) await registry.call('articles.list', { sort: 'title', direction: 'asc' });
  });
  const listBase = await time('raw SELECT of the same columns x20', () => {
    for (let i = 0; i < 20; i++) ws.db.prepare('SELECT id, title, publisher, author, published_at, language, char_count, created_at, updated_at FROM articles ORDER BY title').all();
  });
  ratio('library list through the API vs raw SELECT', listApi, listBase);

  console.log('Re-anchor highlights after a correction');
  const text = Array.from({ length: 500 }, (_, i) => EN.replace('745', String(1000 + i)).replace('coastal', i % 2 ? 'coastal' : 'western')).join('');
  const selectors = Array.from({ length: 1000 }, (_, i) => selectorFor(text, (i * 97) % (text.length - 60), ((i * 97) % (text.length - 60)) + 40));
  const edited = 'A corrected first line.\n' + text;
  const anchorApi = await time('reanchor 1000 highlights on a 50 KB text', () => {
    const corrected = new CodePointText(edited);
    selectors.forEach((s) => reanchor(corrected, s));
  });
  const anchorBase = await time('baseline: indexOf of each quote', () => selectors.forEach((s) => edited.indexOf(s.prefix + s.exact + s.suffix)));
  ratio('re-anchoring vs a plain quote search', anchorApi, anchorBase);

  ws.close();
  rmSync(dir, { recursive: true, force: true });
}

