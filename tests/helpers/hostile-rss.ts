/**
 * Run in a child process by tests/integration/hostile-import.test.ts: imports every decompression
 * bomb and oversized page of the hostile corpus into a temp workspace and prints, as the last line,
 * the process's peak RSS, each import's outcome (error code and message, or "imported") and
 * whether the database changed (rows in originals and articles).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistry } from '../../src/node/api/registry';
import { openWorkspace } from '../../src/node/workspace';
import { hostileArticles, isBomb } from './hostile-files';

const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-rss-'));
const ws = openWorkspace({ dataDir: dir });
const registry = createRegistry(ws);
const results: Record<string, { code: string; message: string }> = {};
const rows = () => ws.db.prepare('SELECT (SELECT count(*) FROM originals) + (SELECT count(*) FROM articles)').pluck().get() as number;
let changedRows = -1;
try {
  for (const file of hostileArticles().filter(isBomb)) {
    const r = await registry.call('articles.importFile', { fileName: file.fileName, dataBase64: file.bytes.toString('base64') });
    results[file.label] = r.ok ? { code: 'imported', message: '' } : r.error;
  }
  changedRows = rows();
} finally {
  ws.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), results, changedRows }));
