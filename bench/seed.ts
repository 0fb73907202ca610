// A synthetic workspace of N articles in realistic proportions, written with raw inserts (the
// triggers keep the search indexes and history in step, as for records made through the API):
// per article 5 highlights with a code each, a figure for every 4th, a quote for every 5th;
// an actor with two aliases per 50 articles; a case per 200 articles holding 40 of them.
import { createHash } from 'node:crypto';
import type { Registry } from '../src/node/api/registry';
import type { Workspace } from '../src/node/workspace';
import { articleText, random } from './search-corpus';

export const HIGHLIGHTS_PER_ARTICLE = 5;

async function call<T = any>(registry: Registry, method: string, input: unknown): Promise<T> {
  const r = await registry.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

export interface Seeded {
  articleIds: string[];
  codeIds: string[];
  actorIds: string[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function seedWorkspace(ws: Workspace, registry: Registry, count: number, from = 0, seeded?: Seeded): Promise<Seeded> {
  const codeIds = seeded?.codeIds ?? (await call<{ codes: { id: string }[] }>(registry, 'codes.list', {})).codes.map((c) => c.id);
  const actorIds = seeded?.actorIds ?? [];
  for (let a = Math.floor(from / 50); a < Math.max(1, Math.floor((from + count) / 50)); a++) {
    const actor = await call(registry, 'actors.create', { name: `Monitor ${a}`, type: a % 3 ? 'organisation' : 'armed_group', aliases: [{ alias: `Observatory ${a}` }, { alias: `المرصد ${a}` }] });
    actorIds.push(actor.id);
  }
  const db = ws.db;
  const now = new Date().toISOString();
  const insertOriginal = db.prepare("INSERT INTO originals VALUES (?, 'text/plain', NULL, ?, ?, 'pasted', ?)");
  const insertArticle = db.prepare('INSERT INTO articles (id, original_sha256, title, language, published_at, text, char_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertHighlight = db.prepare("INSERT INTO highlights (id, article_id, start_pos, end_pos, exact, prefix, suffix, memo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?)");
  const insertTagging = db.prepare("INSERT INTO taggings VALUES (?, 'highlight', ?, ?)");
  const insertFigure = db.prepare(
    "INSERT INTO figures (id, article_id, start_pos, end_pos, exact, prefix, suffix, anchor_status, reporter_id, reported_date, outcome, group_counted, qualifier, min_count, max_count, wording, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '', 'anchored', ?, ?, 'killed', 'civilians', 'at_least', ?, NULL, ?, ?, ?)",
  );
  const insertQuote = db.prepare("INSERT INTO quotes (id, article_id, start_pos, end_pos, exact, prefix, suffix, anchor_status, text, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '', 'anchored', ?, ?, ?, ?)");
  const articleIds = seeded?.articleIds ?? [];
  for (let batch = from; batch < from + count; batch += 500) {
    db.transaction(() => {
      for (let i = batch; i < Math.min(from + count, batch + 500); i++) {
        const text = articleText(i);
        const sha = sha256(`${i}:${text}`);
        const id = crypto.randomUUID();
        const language = i % 4 === 0 ? 'ar' : 'en';
        insertOriginal.run(sha, text.length, now, Buffer.from(text));
        insertArticle.run(id, sha, `Report ${i}`, language, `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`, text, text.length, now, now);
        articleIds.push(id);
        for (let h = 0; h < HIGHLIGHTS_PER_ARTICLE; h++) {
          const start = Math.floor(random() * (text.length - 80));
          const hid = crypto.randomUUID();
          insertHighlight.run(hid, id, start, start + 60, text.slice(start, start + 60), h % 3 ? '' : `memo ${i}.${h}`, now, now);
          insertTagging.run(codeIds[(i + h) % codeIds.length], hid, now);
        }
        if (i % 4 === 0) insertFigure.run(crypto.randomUUID(), id, 10, 40, text.slice(10, 40), actorIds[i % actorIds.length], '2025-03-09', 40 + (i % 900), text.slice(10, 40), now, now);
        if (i % 5 === 0) insertQuote.run(crypto.randomUUID(), id, 100, 180, text.slice(100, 180), text.slice(100, 180), language, now, now);
      }
    })();
  }
  for (let c = Math.floor(from / 200); c < Math.max(1, Math.floor((from + count) / 200)); c++) {
    const theCase = await call(registry, 'cases.create', { title: `Case ${c}` });
    await call(registry, 'cases.addArticles', { caseId: theCase.id, articleIds: articleIds.slice(c * 200, c * 200 + 40) });
  }
  return { articleIds, codeIds, actorIds };
}
