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

describe('a hostile or broken .qdpx', () => {
  const qde = readFileSync(join(FIXTURES, 'refi-qda', 'maxqda', 'project.qde'));
  const text = strToU8('The hospital in Latakia received 40 wounded on 8 March.\n');
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['a path leaving the folder (zip slip)', () => zipSync({ 'project.qde': qde, '../evil.txt': text }), /path leaves the project folder/],
    ['an absolute path', () => zipSync({ 'project.qde': qde, '/tmp/evil.txt': text }), /absolute path/],
    ['the same file twice', () => zipSync({ 'project.qde': qde, 'sources/a.txt': text, 'Sources/A.txt': text }), /twice/],
    ['a zip bomb', () => zipSync({ 'project.qde': qde, 'sources/zeros.txt': new Uint8Array(8 * 1048576) }), /zip bomb/],
    ['no project file', () => zipSync({ 'sources/a.txt': text }), /no project file/],
    ['two project files', () => zipSync({ 'a.qde': qde, 'b.qde': qde }), /2 project files/],
    ['malformed XML', () => zipSync({ 'project.qde': strToU8('<Project name="x"><Sources></Project>') }), /./],
    ['an entity declaration', () => zipSync({ 'project.qde': strToU8('<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x "y">]><Project name="&x;"/>') }), /./],
    ['another root element', () => zipSync({ 'project.qde': strToU8('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>') }), /not a REFI-QDA project/],
    ['not a zip', () => strToU8('PK but not really a zip archive'), /damaged or is not a zip/],
  ];
  it.each(cases)('%s: refused in one sentence, the database unchanged', async (_what, make, message) => {
    const t = workspace();
    await buildLeakCase(t.registry);
    const before = databaseFingerprint(t.ws);
    const error = await failed(t.registry, 'projects.import', { fileName: 'hostile.qdpx', dataBase64: b64(make()) });
    expect(error.code).toMatch(/invalid_input|too_large|unsupported_type/);
    expect(error.message).toMatch(message);
    expect(error.message.split(/(?<=\.) /).length).toBeLessThanOrEqual(2);
    expect(databaseFingerprint(t.ws)).toBe(before);
  });
});
