// How the core's costs grow with the size of a workspace: 1,000 and 10,000 articles by default,
// 100,000 with BENCH_SCALE=full. At each size every operation is timed through the API and as the
// raw SQLite work it stands on, in the same process; the growth exponent (log cost ratio / log size
// ratio) says whether a cost grows linearly (1), sub-linearly (< 1) or worse.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistry, type Registry } from '../src/node/api/registry';
import { openDatabase } from '../src/node/db/open';
import { openWorkspace } from '../src/node/workspace';
import { DATABASE_FILE } from '../src/node/workspace/paths';
import { growthExponent, peakRssMiB, record } from './results';
import { seedWorkspace, type Seeded } from './seed';
import { articleText } from './search-corpus';

const SIZES = process.env.BENCH_SCALE === 'full' ? [1_000, 10_000, 100_000] : [1_000, 10_000];
const IMPORTS = 100;
const HEAVY_HIGHLIGHTS = 2_000;

async function call<T = any>(registry: Registry, method: string, input: unknown): Promise<T> {
  const r = await registry.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

async function median(rounds: number, run: () => unknown): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    await run();
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return runs.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

interface Measure {
  name: string;
  unit: string;
  target: number | null;
  api: (size: number) => Promise<number>;
  raw: (size: number) => Promise<number>;
}

const line = (label: string, api: number, raw: number, unit: string, target: number | null) =>
  console.log(`  ${label.padEnd(44)} ${api.toFixed(2).padStart(9)} ${unit} vs raw ${raw.toFixed(2).padStart(8)} ${unit} => ${(api / raw).toFixed(2)}x${target ? ` (target <= ${target}x)` : ''}`);

export async function benchScale(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-bench-scale-'));
  let ws = openWorkspace({ dataDir: dir });
  let registry = createRegistry(ws);
  let seeded: Seeded | undefined;
  let heavyId = '';
  let imported = 0;
  const costs = new Map<string, { size: number; api: number }[]>();
  console.log(`Growth with workspace size (${SIZES.join(', ')} articles; 5 highlights each, figures, quotes, actors, cases)\n`);

  const measures: Measure[] = [
    {
      name: `import ${IMPORTS} pasted texts`,
      unit: 'ms',
      target: 1.5,
      api: async () => {
        const start = process.hrtime.bigint();
        for (let i = 0; i < IMPORTS; i++) await call(registry, 'articles.importText', { text: `${articleText(900_000 + imported + i)}\n\nImported ${imported + i}`, title: `Imported ${imported + i}` });
        imported += IMPORTS;
        return Number(process.hrtime.bigint() - start) / 1e6;
      },
      raw: async () => {
        // The physical limit of this schema: the same rows in the same tables, with the same triggers
        // (search index, history) and the same SHA-256, one transaction each.
        const insertOriginal = ws.db.prepare("INSERT INTO originals VALUES (?, 'text/plain', NULL, ?, ?, 'pasted', ?)");
        const insertArticle = ws.db.prepare('INSERT INTO articles (id, original_sha256, title, language, text, char_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
        const start = process.hrtime.bigint();
        for (let i = 0; i < IMPORTS; i++) {
          const text = `${articleText(900_000 + imported + i)}\n\nImported ${imported + i}`;
          const bytes = Buffer.from(text);
          const sha = createHash('sha256').update(bytes).digest('hex');
          const now = new Date().toISOString();
          ws.db.transaction(() => {
            insertOriginal.run(sha, bytes.length, now, bytes);
            insertArticle.run(crypto.randomUUID(), sha, `Imported ${imported + i}`, 'en', text, [...text].length, now, now);
          })();
        }
        imported += IMPORTS;
        return Number(process.hrtime.bigint() - start) / 1e6;
      },
    },
    {
      name: `open an article with ${HEAVY_HIGHLIGHTS} highlights`,
      unit: 'ms',
      target: 2,
      api: () => median(7, async () => {
        await call(registry, 'articles.get', { id: heavyId });
        await call(registry, 'highlights.list', { articleId: heavyId });
      }),
      raw: () => median(7, () => {
        ws.db.prepare('SELECT a.*, o.media_type, o.file_name, o.byte_size, o.kind FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE a.id = ?').get(heavyId);
        ws.db.prepare('SELECT * FROM highlights WHERE article_id = ? AND deleted_at IS NULL ORDER BY start_pos, end_pos').all(heavyId);
        ws.db.prepare("SELECT * FROM taggings WHERE item_type = 'highlight' AND item_id IN (SELECT id FROM highlights WHERE article_id = ? AND deleted_at IS NULL)").all(heavyId);
      }),
    },
    {
      name: 'list the whole library',
      unit: 'ms',
      target: null,
      api: () => median(5, () => call(registry, 'articles.list', { sort: 'title', direction: 'asc' })),
      raw: () => median(5, () => ws.db.prepare('SELECT a.id, a.title, a.publisher, a.author, a.published_at, a.language, a.char_count, a.created_at, a.updated_at, o.captured_at, o.kind FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE a.deleted_at IS NULL ORDER BY a.title COLLATE NOCASE ASC, a.id ASC').all()),
    },
    {
      name: 'a page of 100 in the library, sorted by title',
      unit: 'ms',
      target: 2,
      api: (size) => median(7, () => call(registry, 'articles.list', { sort: 'title', direction: 'asc', limit: 100, offset: Math.floor(size / 2) })),
      raw: (size) => median(7, () =>
        ws.db
          .prepare('SELECT a.id, a.title, a.publisher, a.author, a.published_at, a.language, a.char_count, a.created_at, a.updated_at, o.captured_at, o.kind FROM articles a JOIN originals o ON o.sha256 = a.original_sha256 WHERE a.deleted_at IS NULL ORDER BY a.title COLLATE NOCASE ASC, a.id ASC LIMIT 100 OFFSET ?')
          .all(Math.floor(size / 2)),
      ),
    },
    {
      name: 'open the workspace (checks included)',
      unit: 'ms',
      target: null,
      api: () => median(3, () => {
        ws.close();
        ws = openWorkspace({ dataDir: dir });
        registry = createRegistry(ws);
      }),
      raw: () => median(3, () => {
        const db = openDatabase(join(dir, DATABASE_FILE), { readonly: true });
        db.pragma('quick_check');
        db.pragma('user_version');
        db.close();
      }),
    },
    {
      name: 'back up the workspace',
      unit: 'ms',
      target: null,
      api: () => median(1, () => call(registry, 'backups.create', {})),
      raw: async () => {
        const target = join(dir, `raw-${Date.now()}.sqlite`);
        const ms = await median(1, () => ws.db.exec(`VACUUM INTO '${target}'`));
        rmSync(target, { force: true });
        return ms;
      },
    },
  ];

  try {
    let have = 0;
    for (const size of SIZES) {
      seeded = await seedWorkspace(ws, registry, size - have, have, seeded);
      have = size;
      if (!heavyId) {
        heavyId = seeded.articleIds[1];
        const text = (await call<{ text: string }>(registry, 'articles.get', { id: heavyId })).text;
        const insert = ws.db.prepare("INSERT INTO highlights (id, article_id, start_pos, end_pos, exact, prefix, suffix, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '', ?, ?)");
        const now = new Date().toISOString();
        ws.db.transaction(() => {
          for (let h = 0; h < HEAVY_HIGHLIGHTS; h++) {
            const start = (h * 37) % (text.length - 50);
            insert.run(crypto.randomUUID(), heavyId, start, start + 40, text.slice(start, start + 40), now, now);
          }
        })();
      }
      console.log(`  at ${size} articles (peak RSS so far ${peakRssMiB().toFixed(0)} MiB)`);
      for (const m of measures) {
        const api = await m.api(size);
        const raw = await m.raw(size);
        line(m.name, api, raw, m.unit, m.target);
        record({ name: m.name, size, value: api, unit: m.unit, baseline: raw, target: m.target });
        costs.set(m.name, [...(costs.get(m.name) ?? []), { size, api }]);
      }
      record({ name: 'peak RSS of the core', size, value: peakRssMiB(), unit: 'MiB' });
    }
    console.log('  growth exponents (1 = linear):');
    for (const [name, points] of costs) {
      const first = points[0];
      const last = points[points.length - 1];
      const exponent = growthExponent(first.size, first.api, last.size, last.api);
      console.log(`    ${name.padEnd(42)} ${exponent.toFixed(2)} from ${first.size} to ${last.size}`);
      record({ name: `growth exponent: ${name}`, size: last.size, value: exponent, unit: 'exponent' });
    }
    console.log('');
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
