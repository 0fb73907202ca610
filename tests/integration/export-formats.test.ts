import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportDataset } from '../../src/node/export/dataset';
import { exportFormats } from '../../src/node/export/formats';
import { renderHtml } from '../../src/node/export/formats/html';
import { renderMarkdown } from '../../src/node/export/formats/md';
import { setPdfPrinter } from '../../src/node/export/formats/pdf';
import { main } from '../../src/node/cli/main';
import type { ExportDataset } from '../../src/shared/schemas/export';
import { ARABIC_QUOTE, buildArabicCase, HOSTILE } from '../helpers/arabic-case';
import { textOfOutput } from '../helpers/export-output';
import { usePdfPrinter } from '../helpers/pdf-printer';
import { failed, ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
let closePrinter: () => Promise<void>;
let ar: ExportDataset;
let demo: ExportDataset;
let caseId: string;
let articleId: string;
let arabicText: string;
beforeAll(async () => {
  t = tempWorkspace();
  closePrinter = await usePdfPrinter();
  ({ caseId, articleId, text: arabicText } = await buildArabicCase(t.registry));
  ar = buildExportDataset(t.ws.ctx, { kind: 'case', caseId }, 'team');
  const loaded = await ok(t.registry, 'demo.load', {});
  demo = buildExportDataset(t.ws.ctx, { kind: 'case', caseId: loaded.caseId }, 'public');
}, 60_000);
afterAll(async () => {
  await closePrinter();
  t.remove();
});

describe('Markdown notes', () => {
  const md = new MarkdownIt('commonmark');
  const frontMatter = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text);

  it('one file per article: a zip of CommonMark files with the article’s metadata as front matter, and an index.md linking them', async () => {
    const files = unzipSync(await exportFormats.find((f) => f.id === 'mdzip')!.render(ar));
    const names = Object.keys(files);
    expect(names[0]).toBe('index.md');
    const articles = names.filter((n) => n.startsWith('articles/'));
    expect(articles).toHaveLength(ar.articles.length);
    const index = new TextDecoder().decode(files['index.md']);
    const links = md.parse(index.slice(frontMatter(index)![0].length), {}).flatMap((x) => x.children ?? []).filter((x) => x.type === 'link_open').map((x) => x.attrGet('href'));
    expect(links).toEqual(articles);
    for (const name of articles) {
      const text = new TextDecoder().decode(files[name]);
      const fm = frontMatter(text)![1];
      const article = ar.articles.find((a) => fm.includes(`article_id: "${a.id}"`))!;
      expect(fm).toContain(`original_sha256: "${article.original.sha256}"`);
      expect(fm).toMatch(/^title: .*\nprofile: team\n/);
      const tokens = md.parse(text.slice(frontMatter(text)![0].length), {});
      const headings = tokens.filter((x) => x.type === 'heading_open').map((x) => tokens[tokens.indexOf(x) + 1].content);
      expect(headings[0]).toBe(article.title);
      expect(headings).toContain('Sources');
      expect(md.render(text)).not.toContain('<script>');
    }
    expect(Object.values(files).map((f) => new TextDecoder().decode(f)).join('\n')).toContain(ARABIC_QUOTE);
  });

  it('are CommonMark with YAML front matter, and text from the workspace stays text', () => {
    const text = renderMarkdown(ar);
    const fm = frontMatter(text);
    expect(fm?.[1]).toMatch(/^title: "الساحل، آذار 2025"\nprofile: team\n/);
    const tokens = md.parse(text.slice(fm![0].length), {});
    const headings = tokens.filter((x) => x.type === 'heading_open').map((x, i, all) => tokens[tokens.indexOf(x) + 1].content);
    expect(headings[0]).toBe('الساحل، آذار 2025');
    expect(headings).toEqual(expect.arrayContaining(['Memos', 'Casualty figures', 'Quotes', 'Coded segments', 'Sources']));
    expect(headings).not.toContain('not a heading *bold*');
    const html = md.render(text.slice(fm![0].length));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="http://example.org"');
    expect(html).toContain('# not a heading *bold* &lt;script&gt;alert(1)&lt;/script&gt; [link](http://example.org)');
    expect(html).not.toMatch(/<pre>|<ol start="4">/); // the indented numbered line stays a paragraph
    expect(tokens.filter((x) => x.type === 'blockquote_open').length).toBeGreaterThanOrEqual(3); // quotes and segments
    expect(html).toContain(ARABIC_QUOTE);
  });

  it('link every citation to its source section', () => {
    const html = md.render(renderMarkdown(ar));
    const targets = [...html.matchAll(/href="#(source-[0-9a-f-]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const id of targets) expect(html).toContain(`id="${id}"`);
  });
});

describe('CSV tables', () => {
  let zip: Record<string, Uint8Array>;
  beforeAll(async () => {
    zip = unzipSync(await exportFormats.find((f) => f.id === 'csv')!.render(ar));
  });
  /** Each CSV as text, its BOM kept (TextDecoder would drop it). */
  const tables = () => Object.fromEntries(Object.entries(zip).filter(([n]) => n.endsWith('.csv')).map(([n, b]) => [n, Buffer.from(b).toString('utf8')]));
  const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });

  it('are UTF-8 with a BOM, RFC 4180 with one header row, and tie together by ids', () => {
    const t = tables();
    expect(Object.keys(t).sort()).toEqual(['accounts.csv', 'actors.csv', 'coded_segments.csv', 'codes.csv', 'figures.csv', 'incidents.csv', 'links.csv', 'memos.csv', 'quotes.csv', 'sources.csv', 'witnesses.csv']);
    for (const csv of Object.values(t)) {
      expect(csv.startsWith('\ufeff')).toBe(true);
      expect(parse(csv).errors).toEqual([]);
    }
    expect(t['sources.csv']).toContain('\r\n');
    const sources = parse(t['sources.csv']).data;
    const figures = parse(t['figures.csv']).data;
    expect(figures.map((f) => f.reporter).sort()).toEqual(['Ministry', 'SOHR']);
    const sohr = figures.find((f) => f.reporter === 'SOHR')!;
    expect(sohr).toMatchObject({ min: '1001', max: '', qualifier: 'over', reported_date: '2025-03-09', wording: 'أكثر من 1000' });
    expect(sources.map((s) => s.article_id)).toContain(sohr.source_article_id);
    expect(sohr.source_sha256).toBe(sources[0].original_sha256);
    const segments = parse(t['coded_segments.csv']).data;
    expect(segments[0].exact).toBe(ARABIC_QUOTE);
    expect(parse(t['codes.csv']).data.map((c) => c.code_id)).toContain(segments[0].code_ids);
    expect(parse(t['accounts.csv']).meta.fields).toContain('witness_code'); // an empty table still has its header row
  });

  it('escape cells that start with = + - @ against formula injection', () => {
    const quotes = parse(tables()['quotes.csv']).data;
    const hostile = quotes.find((q) => q.text.includes('HYPERLINK'))!;
    expect(hostile.text).toBe(HOSTILE); // starts with #: left alone
    expect(hostile.speaker_descriptor).toBe("'-1 dangerous cell");
  });

  it('round-trip through LibreOffice Calc, Arabic included', () => {
    const dir = join(t.dir, 'lo');
    mkdirSync(dir);
    writeFileSync(join(dir, 'figures.csv'), tables()['figures.csv']);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--infilter=CSV:44,34,76,1', '--convert-to', 'ods', '--outdir', join(dir, 'ods'), join(dir, 'figures.csv')], { stdio: 'pipe', timeout: 120_000 });
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'back'), join(dir, 'ods', 'figures.ods')], { stdio: 'pipe', timeout: 120_000 });
    const back = parse(readFileSync(join(dir, 'back', 'figures.csv'), 'utf8')).data;
    const original = parse(tables()['figures.csv']).data;
    expect(back.map((r) => [r.figure_id, r.wording, r.min])).toEqual(original.map((r) => [r.figure_id, r.wording, r.min]));
  }, 240_000);
});

describe('the HTML report', () => {
  let browser: Browser;
  beforeAll(async () => {
    const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    browser = await chromium.launch({ executablePath: existsSync(path) ? path : undefined, args: ['--no-sandbox'] });
  });
  afterAll(() => browser.close());

  it('is one self-contained file: Chromium with the network blocked makes 0 requests to show it', async () => {
    for (const d of [ar, demo]) {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.route('**/*', (route) => route.abort());
      await page.setContent(renderHtml(d), { waitUntil: 'load' });
      expect(requests).toEqual([]);
      expect(await page.locator('svg').count()).toBe(d.reconciliation.rows.length);
      await page.close();
    }
  });

  it('sets dir="auto" on every paragraph, names sources under each chart, and links quotes and figures to their sources', async () => {
    const html = renderHtml(ar);
    expect(html).not.toMatch(/<script|src=|@import|url\(/i);
    expect([...html.matchAll(/<p(?=[\s>])[^>]*>/g)].every((m) => m[0].includes('dir="auto"'))).toBe(true);
    const page = await browser.newPage();
    await page.setContent(html);
    const broken = await page.$$eval('a[href^="#"]', (links) => links.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)));
    expect(broken).toEqual([]);
    expect(await page.locator('figure.chart ul.sources li').count()).toBe(2);
    expect(await page.locator('#quotes cite a[href^="#source-"]').count()).toBe(1);
    expect(await page.locator('#figures cite a[href^="#source-"]').count()).toBe(1);
    expect(await page.locator('#reconciliation table th').allInnerTexts()).toEqual(['Outcome', 'Group', 'Ministry', 'SOHR']);
    expect(await page.locator('body').innerText()).not.toContain('2,746'); // never summed
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('blockquote[lang="ar"]')!).direction)).toBe('rtl');
    await page.close();
  });
});

describe('the PDF report', () => {
  it('is the HTML report printed by Chromium, with the Arabic text in its text layer', async () => {
    const bytes = await exportFormats.find((f) => f.id === 'pdf')!.render(ar);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = textOfOutput({ container: 'pdf' }, bytes);
    expect(text.normalize('NFKC')).toContain(ARABIC_QUOTE);
    expect(text).toContain('Profile: team.');
  });

  it('is written through the API: the worker makes the HTML, the installed printer prints it', async () => {
    const path = join(t.dir, 'report.team.pdf');
    const r = await ok(t.registry, 'export.run', { scope: { kind: 'case', caseId }, profile: 'team', format: 'pdf', path });
    expect(r.bytes).toBe(readFileSync(path).length);
    expect(textOfOutput({ container: 'pdf' }, readFileSync(path)).normalize('NFKC')).toContain(ARABIC_QUOTE);
  });
});

describe('export API and CLI', () => {
  it('previews what a profile withholds with the file name, and writes the file whole', async () => {
    const preview = await ok(t.registry, 'export.preview', { scope: { kind: 'case', caseId }, profile: 'public', format: 'html' });
    expect(preview.fileName).toMatch(/\.public\.html$/);
    expect(preview.withheld.summary).toEqual(['1 memo not marked public']); // the highlight's memo; the case memo is public
    const path = join(t.dir, 'report.html');
    const r = await ok(t.registry, 'export.run', { scope: { kind: 'case', caseId }, profile: 'team', format: 'html', path });
    expect(readFileSync(path, 'utf8')).toContain(ARABIC_QUOTE);
    expect(r.bytes).toBe(readFileSync(path).length);
    expect(readdirSync(t.dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('leaves no file, partial or whole, when rendering fails', async () => {
    setPdfPrinter(async () => {
      throw new Error('printer died');
    });
    try {
      const path = join(t.dir, 'broken.pdf');
      const error = await failed(t.registry, 'export.run', { scope: { kind: 'case', caseId }, profile: 'team', format: 'pdf', path });
      expect(error.code).toBe('internal');
      expect(existsSync(path)).toBe(false);
      expect(readdirSync(t.dir).filter((f) => f.includes('broken'))).toEqual([]);
      expect((await failed(t.registry, 'export.run', { scope: { kind: 'case', caseId }, profile: 'team', format: 'md', path: join(t.dir, 'no-such-folder', 'x.md') })).code).toBe('not_found');
      expect((await failed(t.registry, 'export.run', { scope: { kind: 'case', caseId }, profile: 'team', format: 'md', path: 'relative.md' })).code).toBe('invalid_input');
    } finally {
      closePrinter = await (async () => {
        await closePrinter();
        return usePdfPrinter();
      })();
    }
  });

  it('fieldnotes export and fieldnotes original write files; the original is byte for byte the import', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`) };
    t.ws.close();
    const out = join(t.dir, 'case.team.md');
    const code = await main(['--data', t.dir, 'export', '--format', 'md', '--case', caseId, '--out', out, '--json'], io);
    expect(lines).toEqual([expect.stringContaining(out)]);
    expect(code).toBe(0);
    expect(JSON.parse(lines[0])).toMatchObject({ path: out, withheld: { summary: [] } });
    expect(readFileSync(out, 'utf8')).toContain(ARABIC_QUOTE);
    const original = join(t.dir, 'original.txt');
    expect(await main(['--data', t.dir, 'original', articleId, '--out', original], io)).toBe(0);
    expect(readFileSync(original, 'utf8')).toBe(arabicText);
    expect(await main(['--data', t.dir, 'export', '--format', 'md', '--out', out], io)).toBe(2); // a usage error
    expect(lines.at(-1)).toMatch(/exactly one of --case ID, --articles ID,ID, --code ID or --all/);
  });
});

