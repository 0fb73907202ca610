// Search at scale: a synthetic workspace of 10,000 articles (about 50 MB, English and Arabic) with
// 100,000 highlights; p50/p95 of 20 typical queries through the API, as raw FTS5 SQL, and as a LIKE scan;
// the size and rebuild time of the index (surface, stemmed and name columns) against a surface-only
// index of the same records, as the index was before migration 0010.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistry } from '../src/node/api/registry';
import { openWorkspace } from '../src/node/workspace';
import { SEARCH_SOURCES } from '../src/node/db/migrations/0003-search';
import { planSearch, rebuildSearchIndex } from '../src/node/services/search';
import { arWord, articleText, enWord, random, sentence } from './search-corpus';

const ARTICLES = Number(process.env.BENCH_SEARCH_ARTICLES ?? 10_000);
const HIGHLIGHTS_PER_ARTICLE = 10;

const QUERIES = [
  'civilians', 'security forces', '"security forces"', 'Alawite killed', 'loyal*', 'monitor -hospital', 'Druze OR Christian',
  'Latakia checkpoint', '"families homes"', 'displaced detained', 'مدنيين', 'قوات الأمن', '"قوات الأمن"', 'الطائفه', 'اطفال',
  'قتل OR اعتقل', 'حمص -دمشق', 'gunmen night', 'observatory toll', 'victims*',
];

/** The LIKE condition for a query as a researcher types it: words and "phrases" ANDed, OR, -exclusion. */
function likeCondition(query: string, columns: string[]): string {
  const words = query.match(/-?"[^"]*"|\S+/g) ?? [];
  const has = (w: string) => `(${columns.map((c) => `${c} LIKE '%${w.replace(/^-?"?|"$/g, '').replace(/\*$/, '').replace(/'/g, "''")}%'`).join(' OR ')})`;
  const groups: string[][] = [];
  const excluded: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'OR') groups[groups.length - 1].push(has(words[++i]));
    else if (words[i].startsWith('-')) excluded.push(`NOT ${has(words[i])}`);
    else groups.push([has(words[i])]);
  }
  return [...groups.map((g) => `(${g.join(' OR ')})`), ...excluded].join(' AND ');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export async function benchSearch(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-bench-search-'));
  const ws = openWorkspace({ dataDir: dir });
  const registry = createRegistry(ws);
  console.log(`Search at scale (${ARTICLES} articles, ${ARTICLES * HIGHLIGHTS_PER_ARTICLE} highlights)`);

  let t = process.hrtime.bigint();
  const insertOriginal = ws.db.prepare("INSERT INTO originals VALUES (?, 'text/plain', NULL, ?, ?, 'pasted', ?)");
  const insertArticle = ws.db.prepare(
    "INSERT INTO articles (id, original_sha256, title, language, published_at, text, char_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertHighlight = ws.db.prepare(
    "INSERT INTO highlights (id, article_id, start_pos, end_pos, exact, prefix, suffix, memo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?)",
  );
  let bytes = 0;
  const now = new Date().toISOString();
  for (let batch = 0; batch < ARTICLES; batch += 500) {
    ws.db.transaction(() => {
      for (let i = batch; i < Math.min(ARTICLES, batch + 500); i++) {
        const text = articleText(i);
        bytes += Buffer.byteLength(text);
        const sha = i.toString(16).padStart(64, '0');
        const id = crypto.randomUUID();
        insertOriginal.run(sha, text.length, now, Buffer.from(text));
        insertArticle.run(id, sha, `Report ${i}`, i % 4 === 0 ? 'ar' : 'en', `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`, text, text.length, now, now);
        for (let h = 0; h < HIGHLIGHTS_PER_ARTICLE; h++) {
          const start = Math.floor(random() * (text.length - 80));
          insertHighlight.run(crypto.randomUUID(), id, start, start + 60, text.slice(start, start + 60), h % 3 === 0 ? sentence(i % 4 === 0 ? arWord : enWord) : '', now, now);
        }
      }
    })();
  }
  const buildMs = ms(t);
  const size = (fts: string) => ws.db.prepare(`SELECT sum(length(block)) FROM ${fts}_data`).pluck().get() as number;
  console.log(`  workspace: ${(bytes / 1048576).toFixed(1)} MB of article text; built with the index kept in step in ${(buildMs / 1000).toFixed(1)} s`);
  t = process.hrtime.bigint();
  rebuildSearchIndex(ws.ctx); // what `fieldnotes reindex` runs: every record type's index
  const rebuildMs = ms(t);
  const indexBytes = SEARCH_SOURCES.reduce((n, s) => n + size(s.fts), 0); // freshly rebuilt, as the surface-only one below
  // The index as it was before stems and names: one surface column over the same normalised text.
  t = process.hrtime.bigint();
  for (const s of SEARCH_SOURCES) {
    ws.db.exec(`CREATE VIRTUAL TABLE bench_surface_${s.type} USING fts5(body, content = '${s.fts}_content', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO bench_surface_${s.type} (bench_surface_${s.type}) VALUES ('rebuild');`);
  }
  const surfaceMs = ms(t);
  const surfaceBytes = SEARCH_SOURCES.reduce((n, s) => n + size(`bench_surface_${s.type}`), 0);
  for (const s of SEARCH_SOURCES) ws.db.exec(`DROP TABLE bench_surface_${s.type}`);
  console.log(`  index rebuild from scratch: ${(rebuildMs / 1000).toFixed(1)} s; index size ${(indexBytes / 1048576).toFixed(1)} MB (surface, stemmed and name columns)`);
  console.log(`  surface-only index (as before 0010): rebuild ${(surfaceMs / 1000).toFixed(1)} s; size ${(surfaceBytes / 1048576).toFixed(1)} MB`);
  console.log(`  => index size / surface-only: ${(indexBytes / surfaceBytes).toFixed(2)}x (target < 2x); rebuild time / surface-only: ${(rebuildMs / surfaceMs).toFixed(1)}x`);

  // The raw SQL is exactly what the API runs per record type: a count and the top 20 by rank.
  const raw = SEARCH_SOURCES.map((s) => ({
    count: ws.db.prepare(`SELECT count(*) FROM ${s.fts} WHERE ${s.fts} MATCH ?`).pluck(),
    top: ws.db.prepare(`SELECT rowid, rank FROM ${s.fts} WHERE ${s.fts} MATCH ? ORDER BY rank LIMIT 20`),
  }));
  // The LIKE scan looks where the API looks (article titles and texts, highlights with their memos),
  // for every word of the query as typed (AND, OR, -exclusion), counting without ranking: the cheapest
  // equivalent without an index.
  const likeScan = (query: string) =>
    [
      ['articles', ['title', 'text']],
      ['highlights', ['exact', 'memo']],
    ].map(([table, columns]) => ws.db.prepare(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL AND ${likeCondition(query, columns as string[])}`));
  const apiCall = async (query: string, filters: Record<string, unknown> = {}) => {
    const s = process.hrtime.bigint();
    const r = await registry.call('search.query', { query, filters });
    if (!r.ok) throw new Error(r.error.message);
    return { ms: ms(s), total: (r.value as { total: number }).total };
  };
  const first: number[] = [];
  const hits: number[] = [];
  for (const q of QUERIES) {
    const r = await apiCall(q);
    first.push(r.ms);
    hits.push(r.total);
  }
  // Each way of searching runs its own five rounds of the 20 queries, so none runs in the caches
  // another has just filled or flushed.
  const rounds = async (run: (query: string) => Promise<number> | number) => {
    const samples: number[] = [];
    for (let round = 0; round < 5; round++) for (const q of QUERIES) samples.push(await run(q));
    return samples;
  };
  const timed = (f: () => void) => {
    const s = process.hrtime.bigint();
    f();
    return ms(s);
  };
  const api = await rounds(async (q) => (await apiCall(q)).ms);
  const fts = await rounds((q) => {
    const match = planSearch(ws.ctx, q).fts; // the expression the API runs (stems, spellings, aliases)
    return timed(() => {
      for (const r of raw) if (r.count.get(match)) r.top.all(match);
    });
  });
  // The same queries narrowed to the articles in their language published in the first half of March.
  const filtered = await rounds(async (q) => (await apiCall(q, { language: /\p{Script=Arabic}/u.test(q) ? 'ar' : 'en', from: '2025-03-01', to: '2025-03-14' })).ms);
  const scan = await rounds((q) => {
    const likes = likeScan(q);
    return timed(() => {
      for (const statement of likes) statement.get();
    });
  });
  const median = (v: number[], i: number) => percentile(v.filter((_, j) => j % QUERIES.length === i), 50);
  if (process.env.BENCH_VERBOSE) {
    for (const [i, q] of QUERIES.entries()) {
      console.log(`    ${q.padEnd(22)} api ${median(api, i).toFixed(2)} ms  raw ${median(fts, i).toFixed(2)} ms  hits ${hits[i]}  filtered ${median(filtered, i).toFixed(2)} ms  LIKE ${median(scan, i).toFixed(1)} ms  first run ${first[i].toFixed(2)} ms`);
    }
  }
  const row = (label: string, v: number[]) => console.log(`  ${label.padEnd(40)} p50 ${percentile(v, 50).toFixed(2).padStart(8)} ms   p95 ${percentile(v, 95).toFixed(2).padStart(8)} ms`);
  row('API search.query (snippets, groups)', api);
  row('raw FTS5 SQL (count + top 20/type)', fts);
  row("LIKE '%word%' scan (same records)", scan);
  row('API, first run of each query', first);
  row('API with language and date filters', filtered);
  console.log(`  => API p95 / raw FTS5 p95: ${(percentile(api, 95) / percentile(fts, 95)).toFixed(2)}x (target <= 1.3x)`);
  console.log(`  => LIKE p95 / API p95: ${(percentile(scan, 95) / percentile(api, 95)).toFixed(1)}x faster; LIKE p50 / API p50: ${(percentile(scan, 50) / percentile(api, 50)).toFixed(1)}x (target >= 50x)`);
  const perQuery = QUERIES.map((_, i) => median(scan, i) / median(api, i));
  console.log(`  => per query, LIKE / API median: ${percentile(perQuery, 50).toFixed(1)}x (min ${Math.min(...perQuery).toFixed(1)}x, max ${Math.max(...perQuery).toFixed(1)}x)`);
  console.log(`  => filtered API p95 / unfiltered API p95: ${(percentile(filtered, 95) / percentile(api, 95)).toFixed(2)}x\n`);
  ws.close();
  if (process.env.BENCH_KEEP) console.log(`  kept the workspace in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
