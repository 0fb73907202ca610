// Scores search against the relevance set in tests/fixtures/search-relevance:
//   npx tsx scripts/eval-search.ts [--verbose] [--exact]
// Loads the corpus (articles and actors with aliases) into a temporary workspace through the API,
// runs each query and prints recall, precision of the top 20 and the mean reciprocal rank, overall
// and per kind of query (inflection, clitic, name, phrase, exclusion, control), and lists every
// "must not" article that was found. Extra search options (e.g. {"exactWords": true}) go in --options.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRegistry, type Registry } from '../src/node/api/registry';
import { openWorkspace } from '../src/node/workspace';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'search-relevance');

interface Corpus {
  actors: { name: string; type: string; aliases: string[] }[];
  articles: Record<string, string>;
}
export interface Judged {
  q: string;
  kind: string;
  must: string[];
  mustNot?: string[];
}
export interface QueryScore {
  q: string;
  kind: string;
  found: string[];
  recall: number;
  precision: number;
  rr: number;
  forbidden: string[];
  error?: string;
}
export interface Figures {
  queries: number;
  recall: number;
  precision: number;
  mrr: number;
  /** Precision of the top 20 over the queries that found anything. */
  answeredPrecision: number;
}
export interface RelevanceReport {
  overall: Figures;
  byKind: Record<string, Figures>;
  scores: QueryScore[];
}

export const loadJudgements = (): Judged[] => (JSON.parse(readFileSync(join(DIR, 'queries.json'), 'utf8')) as { queries: Judged[] }).queries;

async function call<T>(registry: Registry, method: string, input: unknown): Promise<T> {
  const r = await registry.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
export const figuresOf = (scores: QueryScore[]): Figures => ({ queries: scores.length, recall: mean(scores.map((s) => s.recall)), precision: mean(scores.map((s) => s.precision)), mrr: mean(scores.map((s) => s.rr)), answeredPrecision: mean(scores.filter((s) => s.found.length).map((s) => s.precision)) });

/** Scores one query's ranked article keys against its judgement (precision of no results is 0). */
export function scoreQuery(j: Judged, ranked: string[]): QueryScore {
  const top = ranked.slice(0, 20);
  const must = new Set(j.must);
  const hits = top.filter((k) => must.has(k)).length;
  const first = ranked.findIndex((k) => must.has(k));
  return {
    q: j.q,
    kind: j.kind,
    found: ranked,
    recall: ranked.filter((k) => must.has(k)).length / must.size,
    precision: top.length ? hits / top.length : 0,
    rr: first < 0 ? 0 : 1 / (first + 1),
    forbidden: ranked.filter((k) => j.mustNot?.includes(k)),
  };
}

/** Builds the corpus in a temporary workspace and runs every judged query through search.query. */
export async function evaluateSearch(options: Record<string, unknown> = {}): Promise<RelevanceReport> {
  const corpus = JSON.parse(readFileSync(join(DIR, 'corpus.json'), 'utf8')) as Corpus;
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-relevance-'));
  const ws = openWorkspace({ dataDir: dir });
  try {
    const registry = createRegistry(ws);
    const keyOf = new Map<string, string>();
    for (const [key, text] of Object.entries(corpus.articles)) {
      const r = await call<{ article: { id: string } }>(registry, 'articles.importText', { text, title: `Report ${key}` });
      keyOf.set(r.article.id, key);
    }
    for (const a of corpus.actors) await call(registry, 'actors.create', { name: a.name, type: a.type, aliases: a.aliases.map((alias) => ({ alias })) });
    const scores: QueryScore[] = [];
    for (const j of loadJudgements()) {
      const r = await registry.call('search.query', { query: j.q, filters: { types: ['article'] }, limit: 50, ...options });
      if (!r.ok) {
        scores.push({ ...scoreQuery(j, []), error: r.error.message });
        continue;
      }
      const groups = (r.value as { groups: { type: string; results: { id: string }[] }[] }).groups;
      const ranked = (groups.find((g) => g.type === 'article')?.results ?? []).map((x) => keyOf.get(x.id) ?? x.id);
      scores.push(scoreQuery(j, ranked));
    }
    const byKind: Record<string, Figures> = {};
    for (const kind of new Set(scores.map((s) => s.kind))) byKind[kind] = figuresOf(scores.filter((s) => s.kind === kind));
    return { overall: figuresOf(scores), byKind, scores };
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (f: Figures) => `recall ${f.recall.toFixed(3)}  precision@20 ${f.precision.toFixed(3)}  MRR ${f.mrr.toFixed(3)}  (${f.queries} queries; precision@20 where something was found ${f.answeredPrecision.toFixed(3)})`;

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const at = process.argv.indexOf('--options');
  const report = await evaluateSearch(at > 0 ? JSON.parse(process.argv[at + 1]) : {});
  console.log(`overall     ${fmt(report.overall)}`);
  for (const [kind, f] of Object.entries(report.byKind)) console.log(`${kind.padEnd(11)} ${fmt(f)}`);
  for (const s of report.scores) {
    const bad = s.recall < 1 || s.precision < 1 || s.forbidden.length || s.error;
    if (verbose || bad) console.log(`  ${s.q}: R ${s.recall.toFixed(2)} P ${s.precision.toFixed(2)} RR ${s.rr.toFixed(2)} found [${s.found.join(' ')}]${s.forbidden.length ? ` MUST NOT: ${s.forbidden.join(' ')}` : ''}${s.error ? ` error: ${s.error}` : ''}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
