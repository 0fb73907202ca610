import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ImportResult } from '../../src/shared/schemas/article';
import { arabic, english, type Source } from '../fixtures/import/sources';
import { articlesFound, words } from '../helpers/import-fixtures';
import { FIXTURES, ok, tempWorkspace } from '../helpers/workspace';

// The PDFs and DOCX files in tests/fixtures/import/ were made by the real tools from the texts in
// sources.ts: Chromium's page.pdf() printed the HTML, LibreOffice converted a flat ODT (a real
// footnote, two columns, a table) to DOCX and PDF. Regenerate: npx tsx tests/fixtures/import/make-fixtures.ts
const FILES = {
  english: ['english-chromium.pdf', 'english-libreoffice.pdf', 'english-libreoffice.docx'],
  arabic: ['arabic-chromium.pdf', 'arabic-libreoffice.pdf', 'arabic-libreoffice.docx'],
} as const;

let t: ReturnType<typeof tempWorkspace>;
const imported = new Map<string, { result: ImportResult; article: Article }>();
beforeAll(async () => {
  t = tempWorkspace();
  for (const name of [...FILES.english, ...FILES.arabic]) {
    const bytes = readFileSync(join(FIXTURES, 'import', name));
    const result = await ok<ImportResult>(t.registry, 'articles.importFile', { fileName: name, dataBase64: bytes.toString('base64') });
    imported.set(name, { result, article: await ok<Article>(t.registry, 'articles.get', { id: result.article.id }) });
  }
}, 120_000);
afterAll(() => t.remove());

const PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufefc]/u;

function expectSourceText(text: string, src: Source) {
  const flat = words(text);
  expect(flat.startsWith(src.heading)).toBe(true);
  // Every paragraph in order, the footnote marker after the first, not glued to its word.
  const [first, ...rest] = src.paragraphs;
  let at = flat.indexOf(`${first}[1]`);
  expect(at, `first paragraph with its marker in:\n${flat}`).toBeGreaterThan(0);
  for (const paragraph of rest) {
    const next = flat.indexOf(paragraph, at);
    expect(next, `"${paragraph}" in order in:\n${flat}`).toBeGreaterThan(at);
    at = next;
  }
  expect(flat).toContain(`[1] ${src.footnote}`);
  for (const row of src.table) expect(text).toContain(row.join('\t'));
  expect(text).not.toMatch(PRESENTATION_FORMS);
}

describe.each(Object.entries(FILES))('%s documents made by Chromium and LibreOffice', (language, files) => {
  const src = language === 'arabic' ? arabic : english;
  it.each(files)('%s: the stored reading text is the source text', (name) => {
    const { article } = imported.get(name)!;
    expectSourceText(article.text, src);
    expect(article.title).toBe(src.title);
    expect(article.language).toBe(language === 'arabic' ? 'ar' : 'en');
  });

  it.each(files.filter((f) => f.endsWith('.pdf')))('%s: CreationDate is provenance, never the published date; pages are reported', (name) => {
    const { result, article } = imported.get(name)!;
    expect(article.publishedAt).toBeNull();
    expect(result.report?.fileCreated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.notes).toMatch(/file created/);
    expect(result.report?.pageStarts?.[0]).toBe(0);
  });
});

describe('search finds the same words in the PDFs as in the DOCX of the same text', () => {
  it.each(['"لا يقل"', '745', 'الإنسان', 'اللاذقية', '"ثلاثة أيام"', 'SOHR', '"Tartus between"', 'Baniyas', 'Figures'])('%s', async (query) => {
    const arabicIds = FILES.arabic.map((f) => imported.get(f)!.article.id);
    const englishIds = FILES.english.map((f) => imported.get(f)!.article.id);
    const found = await articlesFound(t, query);
    const expected = /[\u0600-\u06ff]|SOHR/.test(query) ? arabicIds : englishIds;
    expect(found.filter((id) => expected.includes(id)).sort()).toEqual([...expected].sort());
    if (query === '745') expect(found.sort()).toEqual([...arabicIds, ...englishIds].sort());
  });

  it('the LibreOffice PDF of several pages says where each page begins', () => {
    const { result, article } = imported.get('english-libreoffice.pdf')!;
    const starts = result.report!.pageStarts!;
    expect(starts.length).toBe(2);
    expect([...article.text].slice(starts[1]).join('')).toMatch(/^Town\tKilled\tMissing/);
  });
});
