// Search at scale: a synthetic workspace of 10,000 articles (about 50 MB, English and Arabic) with
// 100,000 highlights; p50/p95 of 20 typical queries through the API, as raw FTS5 SQL, and as a LIKE scan.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistry } from '../src/node/api/registry';
import { openWorkspace } from '../src/node/workspace';
import { SEARCH_SOURCES } from '../src/node/db/migrations/0003-search';
import { parseSearchQuery } from '../src/shared/domain/search-query';

const ARTICLES = Number(process.env.BENCH_SEARCH_ARTICLES ?? 10_000);
const HIGHLIGHTS_PER_ARTICLE = 10;

const EN = ('the of and to in a was were said that civilians killed security forces monitor reported village coastal region families ' +
  'witnesses homes raid checkpoint fighters government observatory bodies hospital displaced detained missing according statement ' +
  'investigation identity community mosque market road night morning armed group militia loyalists offensive clashes toll dozens ' +
  'Latakia Tartus Baniyas Jableh Alawite Sunni Druze Christian Damascus Hama Homs neighbourhood shelling gunmen victims women children').split(' ');
const AR = ('قتل مدنيين في قرية على الساحل وفق المرصد السوري لحقوق الإنسان قوات الأمن مسلحون عائلات شهود منازل حاجز مقاتلون الحكومة ' +
  'جثث مستشفى نازحون معتقلون مفقودون بيان تحقيق هوية الطائفة العلويين مسجد سوق طريق ليلة صباح جماعة مسلحة اشتباكات حصيلة عشرات ' +
  'اللاذقية طرطوس بانياس جبلة دمشق حماة حمص أطفال نساء ضحايا').split(' ');

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

/** Pseudo-words fill the long tail of a Zipfian vocabulary, as in real prose. */
function pseudoWords(letters: string, count: number): string[] {
  return Array.from({ length: count }, () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * letters.length)]).join(''));
}
/** Word frequencies follow Zipf's law (rank r has weight 1/r); sampled by inverse CDF. */
function zipf(words: string[]): () => string {
  const cumulative: number[] = [];
  let sum = 0;
  words.forEach((_, r) => cumulative.push((sum += 1 / (r + 1))));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}
/**
 * As in real prose, function words take the top ranks and topic words are spread through the
 * middle ranks (from ~30 to ~830), so a topic word appears in some articles, not all.
 */
function vocabulary(functionWords: number, words: string[], filler: string[]): string[] {
  const out = [...words.slice(0, functionWords), ...filler.slice(0, 40)];
  const topical = words.slice(functionWords);
  let f = 40;
  topical.forEach((w, i) => {
    const rank = 30 + Math.floor((i / topical.length) * 800);
    while (out.length < rank) out.push(filler[f++]);
    out.push(w);
  });
  return [...out, ...filler.slice(f)];
}
const enWord = zipf(vocabulary(10, EN, pseudoWords('abcdefghilmnoprstuvwy', 30_000)));
const arWord = zipf(vocabulary(3, AR, pseudoWords('ابتثجحخدذرزسشصضطظعغفقكلمنهوي', 20_000)));

function sentence(word: () => string): string {
  const n = 8 + Math.floor(random() * 14);
  return Array.from({ length: n }, word).join(' ') + (random() < 0.1 ? ` ${Math.floor(random() * 2000)}` : '') + '.';
}
function articleText(i: number): string {
  const word = i % 4 === 0 ? arWord : enWord;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 5000) {
    const p = Array.from({ length: 4 }, () => sentence(word)).join(' ');
    paragraphs.push(p);
    size += p.length;
  }
  return paragraphs.join('\n\n');
}

const QUERIES = [
  'civilians', 'security forces', '"security forces"', 'Alawite killed', 'loyal*', 'monitor -hospital', 'Druze OR Christian',
  'Latakia checkpoint', '"families homes"', 'displaced detained', 'مدنيين', 'قوات الأمن', '"قوات الأمن"', 'الطائفه', 'اطفال',
  'قتل OR اعتقل', 'حمص -دمشق', 'gunmen night', 'observatory toll', 'victims*',
];

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
  const indexBytes = SEARCH_SOURCES.reduce((n, s) => n + (ws.db.prepare(`SELECT sum(length(block)) FROM ${s.fts}_data`).pluck().get() as number), 0);
  console.log(`  workspace: ${(bytes / 1048576).toFixed(1)} MB of article text; built with the index kept in step in ${(buildMs / 1000).toFixed(1)} s`);
  t = process.hrtime.bigint();
  for (const s of SEARCH_SOURCES) ws.db.prepare(`INSERT INTO ${s.fts} (${s.fts}) VALUES ('rebuild')`).run();
  console.log(`  index rebuild from scratch: ${(ms(t) / 1000).toFixed(1)} s; index size ${(indexBytes / 1048576).toFixed(1)} MB`);

  // The raw SQL is exactly what the API runs per record type: a count and the top 20 by rank.
  const raw = SEARCH_SOURCES.map((s) => ({
    count: ws.db.prepare(`SELECT count(*) FROM ${s.fts} WHERE ${s.fts} MATCH ?`).pluck(),
    top: ws.db.prepare(`SELECT rowid, rank FROM ${s.fts} WHERE ${s.fts} MATCH ? ORDER BY rank LIMIT 20`),
  }));
  // The LIKE scan looks where the API looks (article texts and highlights with their memos) for the
  // query's first word, without ranking: the cheapest honest equivalent without an index.
  const like = [
    ws.db.prepare("SELECT count(*) FROM articles WHERE deleted_at IS NULL AND (title LIKE @w OR text LIKE @w)"),
    ws.db.prepare("SELECT count(*) FROM highlights WHERE deleted_at IS NULL AND (exact LIKE @w OR memo LIKE @w)"),
  ];
  const api: number[] = [];
  const fts: number[] = [];
  const scan: number[] = [];
  for (const q of QUERIES) await registry.call('search.query', { query: q }); // warm the cache
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      let s = process.hrtime.bigint();
      const r = await registry.call('search.query', { query: q });
      api.push(ms(s));
      if (!r.ok) throw new Error(r.error.message);
      const match = parseSearchQuery(q).fts;
      s = process.hrtime.bigint();
      for (const r of raw) if (r.count.get(match)) r.top.all(match);
      fts.push(ms(s));
      if (process.env.BENCH_VERBOSE && round === 4) console.log(`    ${q.padEnd(22)} api ${api[api.length - 1].toFixed(2)} ms  raw ${fts[fts.length - 1].toFixed(2)} ms  hits ${(r.value as { total: number }).total}`);
    }
  }
  for (const q of QUERIES) {
    const word = parseSearchQuery(q).positive[0].text;
    const s = process.hrtime.bigint();
    for (const statement of like) statement.get({ w: `%${word}%` });
    scan.push(ms(s));
  }
  const row = (label: string, v: number[]) => console.log(`  ${label.padEnd(34)} p50 ${percentile(v, 50).toFixed(2).padStart(8)} ms   p95 ${percentile(v, 95).toFixed(2).padStart(8)} ms`);
  row('API search.query (snippets, groups)', api);
  row('raw FTS5 SQL (count + top 20/type)', fts);
  row("LIKE '%word%' scan (same records)", scan);
  console.log(`  => API p95 / raw FTS5 p95: ${(percentile(api, 95) / percentile(fts, 95)).toFixed(2)}x (target <= 1.5x)`);
  console.log(`  => LIKE p95 / API p95: ${(percentile(scan, 95) / percentile(api, 95)).toFixed(1)}x faster (target >= 50x)`);
  const perQuery = QUERIES.map((_, i) => scan[i] / percentile(api.filter((_, j) => j % QUERIES.length === i), 50));
  console.log(`  => per query, LIKE / API median: ${percentile(perQuery, 50).toFixed(1)}x (min ${Math.min(...perQuery).toFixed(1)}x, max ${Math.max(...perQuery).toFixed(1)}x)\n`);
  ws.close();
  if (process.env.BENCH_KEEP) console.log(`  kept the workspace in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
