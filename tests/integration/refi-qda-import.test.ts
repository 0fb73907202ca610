import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExportDataset } from '../../src/node/export/dataset';
import { formatById } from '../../src/node/export/formats';
import { buildLeakCase } from '../helpers/leak-case';
import { databaseFingerprint, failed, FIXTURES, ok, tempWorkspace } from '../helpers/workspace';

const spaces: ReturnType<typeof tempWorkspace>[] = [];
const workspace = () => {
  const t = tempWorkspace();
  spaces.push(t);
  return t;
};
afterEach(() => spaces.splice(0).forEach((t) => t.remove()));

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const importProject = (t: ReturnType<typeof tempWorkspace>, fileName: string, bytes: Uint8Array) => ok(t.registry, 'projects.import', { fileName, dataBase64: b64(bytes) });

/** Every coded passage of a workspace: article title, passage text, code names (sorted). */
async function codedPassages(t: ReturnType<typeof tempWorkspace>) {
  const { codes } = await ok(t.registry, 'codes.list', {});
  const nameOf = new Map(codes.map((c: any) => [c.id, c.name]));
  const { items } = await ok(t.registry, 'articles.list', {});
  const out: string[] = [];
  for (const a of items) {
    const article = await ok(t.registry, 'articles.get', { id: a.id });
    const { highlights } = await ok(t.registry, 'highlights.list', { articleId: a.id });
    for (const h of highlights) {
      expect([...article.text].slice(h.start, h.end).join('')).toBe(h.exact);
      out.push(`${a.title} | ${h.status} | ${h.exact} | ${h.codeIds.map((id: string) => nameOf.get(id)).sort().join(',')}`);
    }
  }
  return out.sort();
}

describe('a Fieldnotes case through .qdpx', () => {
  it('keeps every coded passage at the same text in an empty workspace', async () => {
    const a = workspace();
    const { caseId, articleId } = await buildLeakCase(a.registry);
    const codes = (await ok(a.registry, 'codes.list', {})).codes.filter((c: any) => c.isCodable);
    const text: string = (await ok(a.registry, 'articles.get', { id: articleId })).text;
    // more codings, one with two codes, one at the very start, one at the end
    const span = (words: string) => ({ start: [...text.slice(0, text.indexOf(words))].length, end: [...text.slice(0, text.indexOf(words))].length + [...words].length });
    await ok(a.registry, 'highlights.create', { articleId, ...span('On 7 March gunmen'), codeIds: [codes[1].id, codes[2].id] });
    await ok(a.registry, 'highlights.create', { articleId, ...span('they came for'), codeIds: [codes[3].id] });
    const before = await codedPassages(a);
    expect(before.length).toBeGreaterThanOrEqual(3);

    const bytes = await formatById('qdpx').render(buildExportDataset(a.ws.ctx, { kind: 'case', caseId }, 'internal'));
    const b = workspace();
    const report = await importProject(b, 'leak.internal.qdpx', bytes);
    expect(report.problems).toEqual([]);
    // the article and the three witness accounts (text sources in the project)
    expect([report.articles, report.highlights, report.review, report.orphaned]).toEqual([4, before.length, 0, 0]);
    expect(await codedPassages(b)).toEqual(before);
  });
});
