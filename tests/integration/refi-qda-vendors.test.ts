import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureQdpx } from '../helpers/qdpx-fixture';
import { FIXTURES, ok, tempWorkspace } from '../helpers/workspace';

const fixtureFileSize = (p: string) => statSync(join(FIXTURES, 'refi-qda', p)).size;
const sha256Of = (p: string) => createHash('sha256').update(readFileSync(join(FIXTURES, 'refi-qda', p))).digest('hex');

let t: ReturnType<typeof tempWorkspace>;
afterEach(() => t.remove());

async function importFixture(folder: string) {
  t = tempWorkspace();
  const report = await ok(t.registry, 'projects.import', { fileName: `${folder}.qdpx`, dataBase64: Buffer.from(fixtureQdpx(folder)).toString('base64') });
  const { codes } = await ok(t.registry, 'codes.list', {});
  const nameOf = new Map<string, string>(codes.map((c: any) => [c.id, c.name]));
  const { items } = await ok(t.registry, 'articles.list', { sort: 'title', direction: 'asc' });
  const highlights: { article: string; status: string; exact: string; codes: string[]; memo: string }[] = [];
  for (const a of items) {
    const text = [...(await ok(t.registry, 'articles.get', { id: a.id })).text];
    for (const h of (await ok(t.registry, 'highlights.list', { articleId: a.id })).highlights) {
      if (h.status !== 'orphaned') expect(text.slice(h.start, h.end).join('')).toBe(h.exact);
      highlights.push({ article: a.title, status: h.status, exact: h.exact, codes: h.codeIds.map((id: string) => nameOf.get(id)!), memo: h.memo });
    }
  }
  const cases = (await ok(t.registry, 'cases.list', {})).cases;
  return { report, codes, items, highlights, cases };
}

describe('REFI-QDA projects in the shapes the tools export', () => {
  it('NVivo: Sources folder, upper-case GUIDs, CRLF counted twice, notes on a selection and a source, a case', async () => {
    const { report, codes, items, highlights, cases } = await importFixture('nvivo');
    expect(report.problems).toEqual([]);
    expect([report.articles, report.highlights, report.review, report.orphaned, report.cases, report.memos]).toEqual([1, 2, 0, 0, 1, 1]);
    expect(items.map((a: any) => a.title)).toEqual(['Interview 3 - nurse.docx']);
    expect(highlights).toEqual([
      { article: 'Interview 3 - nurse.docx', status: 'anchored', exact: 'They asked every family which sect they belonged to.', codes: ['Sectarian questioning'], memo: '' },
      { article: 'Interview 3 - nurse.docx', status: 'anchored', exact: 'The bodies were left in the street for two days.', codes: ['Treatment of the dead'], memo: 'Two other residents give the same duration.' },
    ]);
    const sectarian = codes.find((c: any) => c.name === 'Sectarian questioning');
    const targeting = codes.find((c: any) => c.name === 'Targeting');
    expect([sectarian.parentId, sectarian.id, targeting.isCodable]).toEqual([targeting.id, '2c3d4e5f-6071-4829-93ab-bccddeeff001', false]);
    const baniyas = cases.find((c: any) => c.title === 'Baniyas, 8 March');
    expect([baniyas.description, baniyas.articleCount]).toEqual(['Interviews about the killings in Baniyas.', 1]);
    const memos = (await ok(t.registry, 'memos.list', { targetType: 'article', targetId: items[0].id })).memos;
    expect(memos.map((m: any) => m.text)).toEqual(['The nurse asked that her workplace not be named.']);
    // the original is the source file inside the zip, with its SHA-256
    const article = await ok(t.registry, 'articles.get', { id: items[0].id });
    expect(article.original.byteSize).toBe(fixtureFileSize('nvivo/Sources/6A1F0C2E-3B4D-4E5F-8A9B-0C1D2E3F4A5B.txt'));
    expect(article.original.sha256).toBe(sha256Of('nvivo/Sources/6A1F0C2E-3B4D-4E5F-8A9B-0C1D2E3F4A5B.txt'));
  });

  it('ATLAS.ti: any .qde name, prefixed namespace, braces, CRLF counted once (found by the coded text), a missing colour', async () => {
    const { report, highlights } = await importFixture('atlas-ti');
    expect(report.problems).toEqual([
      '1 code had no colour and got one from the Fieldnotes palette.',
      '1 source with Windows line ends (CRLF) counted each line end as one character (as ATLAS.ti does); positions were read that way.',
    ]);
    expect(highlights.map((h) => [h.status, h.exact, h.codes])).toEqual([
      ['anchored', 'Shops on the main road were burned and looted.', ['Looting']],
      ['anchored', 'the attackers wore no insignia and spoke with a foreign accent.', ['Perpetrator description']],
    ]);
  });

  it('MAXQDA: a PDF through its text representation, a picture and variables reported, a code set kept as a category', async () => {
    const { report, codes, highlights } = await importFixture('maxqda');
    expect(report.problems).toEqual([
      'Variables (attributes of cases and sources) are not imported.',
      '1 picture source (PictureSource) without a text representation was not imported: Fieldnotes imports text.',
      'The set “Round 1” also lists 1 source or note; only its codes were kept.',
      'The code set “Round 1” was kept as the category “Round 1” (not applicable) holding its 2 codes.',
    ]);
    expect(highlights.map((h) => [h.article, h.exact, h.codes])).toEqual([
      ['Council statement.pdf', 'called for an independent investigation', ['Calls for accountability']],
      ['Hospital log', '40 wounded', ['Casualties']],
    ]);
    const round1 = codes.find((c: any) => c.name === 'Round 1');
    expect(codes.filter((c: any) => c.parentId === round1.id).map((c: any) => c.name).sort()).toEqual(['Calls for accountability', 'Casualties']);
  });

  it('QualCoder: an older namespace, a journal in a file, a coding outside the text goes to the review list, an unknown code', async () => {
    const { report, highlights, cases } = await importFixture('qualcoder');
    expect(report.problems).toEqual([
      'The project uses the namespace “urn:QDA-XML:project:0:4”, not urn:QDA-XML:project:1.0; it was read as REFI-QDA 1.0.',
      '1 code had no colour and got one from the Fieldnotes palette.',
      '1 code used by codings or cases is not in the project\'s codebook; those codings were kept without it.',
      '1 coding could not be placed on its text with certainty and is in the review list (0 to confirm, 1 to re-attach).',
    ]);
    expect(highlights.map((h) => [h.status, h.exact, h.codes])).toEqual([
      ['anchored', '12 missing men', ['Missing persons']],
      ['orphaned', '', []],
    ]);
    const review = (await ok(t.registry, 'highlights.review', {})).highlights;
    expect(review).toHaveLength(1);
    const project = cases.find((c: any) => c.id === report.caseId);
    expect(project.title).toBe('Tartus calls');
    const memos = (await ok(t.registry, 'memos.list', { targetType: 'case', targetId: report.caseId })).memos;
    // the note's name is not repeated when its text starts with it
    expect(memos.map((m: any) => m.text)).toEqual(['Journal: follow up on the missing men next week.']);
    const group = cases.find((c: any) => c.title === 'Tartus group');
    expect((await ok(t.registry, 'tags.of', { itemType: 'case', itemId: group.id })).codeIds).toHaveLength(1);
  });
});

