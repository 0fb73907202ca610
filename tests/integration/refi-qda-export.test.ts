import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportDataset } from '../../src/node/export/dataset';
import { formatById } from '../../src/node/export/formats';
import { buildLeakCase, LEAK } from '../helpers/leak-case';
import { FIXTURES, ok, tempDir, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
let out: ReturnType<typeof tempDir>;
let caseId: string;
beforeAll(async () => {
  t = tempWorkspace();
  out = tempDir();
  ({ caseId } = await buildLeakCase(t.registry));
});
afterAll(() => {
  t.remove();
  out.remove();
});

const render = async (profile: 'internal' | 'team' | 'public') => unzipSync(await formatById('qdpx').render(buildExportDataset(t.ws.ctx, { kind: 'case', caseId }, profile)));

describe('the qdpx export', () => {
  it.each(['internal', 'team', 'public'] as const)('under %s: project.qde is valid against Project-mrt2019.xsd', async (profile) => {
    const files = await render(profile);
    const qde = join(out.dir, `${profile}.qde`);
    writeFileSync(qde, files['project.qde']);
    // xmllint exits non-zero (and the test fails) when the document does not validate.
    execFileSync('xmllint', ['--noout', '--schema', join(FIXTURES, 'refi-qda', 'Project-mrt2019.xsd'), qde], { stdio: 'pipe' });
  });

  it('holds each article as a TextSource with its text in sources/, and selections at the coded text', async () => {
    const files = await render('internal');
    const xml = strFromU8(files['project.qde']);
    const article = (await ok(t.registry, 'articles.list', { caseId })).items[0];
    const text = strFromU8(files[`sources/${article.id}.txt`]);
    expect(text).toBe((await ok(t.registry, 'articles.get', { id: article.id })).text);
    expect(xml).toContain(`plainTextPath="internal://${article.id}.txt"`);
    const [, start, end] = /startPosition="(\d+)" endPosition="(\d+)"/.exec(xml)!;
    expect([...text].slice(Number(start), Number(end)).join('')).toBe(`Witnesses said the man who led them was ${LEAK.redacted}, a neighbour.`);
    // the schema's order: Users, CodeBook, Cases, Sources, Notes
    const order = ['<Users>', '<Cases>', '<Sources>', '<Notes>'].map((tag) => xml.indexOf(tag));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(xml).toMatch(/<NoteRef targetGUID="[0-9a-f-]{36}"\/>\n<\/Project>/);
  });

  it('under public: positions point into the redacted text', async () => {
    const files = await render('public');
    const xml = strFromU8(files['project.qde']);
    const name = Object.keys(files).find((n) => n.startsWith('sources/'))!;
    const text = [...strFromU8(files[name])];
    const [, start, end] = /startPosition="(\d+)" endPosition="(\d+)"/.exec(xml)!;
    const coded = text.slice(Number(start), Number(end)).join('');
    expect(coded).toMatch(/^Witnesses said the man who led them was \[redacted.*\], a neighbour\.$/);
    expect(coded).not.toContain(LEAK.redacted);
  });
});
