import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicationDate } from '../../src/node/interop/pdf';
import type { Article, ImportResult } from '../../src/shared/schemas/article';
import { makeDocx, makePdf } from '../helpers/make-documents';
import { ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

async function importOk(fileName: string, bytes: Buffer | string): Promise<{ result: ImportResult; article: Article }> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const result = await ok<ImportResult>(t.registry, 'articles.importFile', { fileName, dataBase64: data.toString('base64') });
  return { result, article: await ok<Article>(t.registry, 'articles.get', { id: result.article.id }) };
}

const STORY = [
  'Residents of the village said the men arrived before dawn and searched every house on the main road.',
  'Local doctors counted the wounded at the clinic and asked for blood donors from the nearby towns.',
  'Two days later the families were still waiting for news of the men who had been taken away.',
];

// Pages shaped like three real news sites' markup (written for these tests, not copied).
const SITES: Record<string, string> = {
  'wire-agency.html': `<!doctype html><html><head><meta charset="utf-8"><title>Raid on coastal village | Wire</title>
<meta property="og:site_name" content="Wire"><meta property="article:published_time" content="2025-03-10T01:30:00+03:00">
<link rel="canonical" href="https://wire.example/world/raid-coastal-village?utm_source=twitter&utm_medium=social&id=42&fbclid=abc"></head>
<body><header><nav>World Business Sport</nav></header><main><article><h1>Raid on coastal village</h1>
<div class="share-bar"><a>Share on Facebook</a><a>Share on X</a></div>
<p>${STORY[0]}</p><div class="ad-slot" data-ad-slot="mid-1">Advertisement: buy cheap flights now</div>
<figure><img src="data:," alt="Smoke over the village at dawn"><figcaption>Smoke rising over the village, 7 March.</figcaption></figure>
<p>${STORY[1]}</p><p>${STORY[2]}</p>
<section class="related-stories"><h2>Related</h2><ul><li>Markets close higher on Thursday</li></ul></section></article></main>
<footer>© Wire 2025</footer></body></html>`,
  'broadsheet.html': `<!doctype html><html><head><meta charset="utf-8"><title>Families wait for news</title>
<meta property="article:published_time" content="2025-03-10T01:30:00+03:00"><link rel="canonical" href="https://paper.example/news/2025/mar/10/families?gclid=XYZ&utm_campaign=spring"></head>
<body><div id="ad-top" class="ad-container">Sponsored content from our partners</div>
<article><h1>Families wait for news</h1><ul class="social-share"><li>Email</li><li>WhatsApp</li></ul>
<div class="article-body"><p>${STORY[0]}</p><p>${STORY[1]}</p><img src="data:," alt="A clinic corridor with empty beds"><p>${STORY[2]}</p></div>
<aside class="read-more"><a>Read more: Ten recipes for spring</a></aside><div class="newsletter-signup">Sign up for our newsletter</div></article></body></html>`,
  'regional-portal.html': `<!doctype html><html><head><meta charset="utf-8"><title>Village raid</title>
<meta property="article:published_time" content="2025-03-10T01:30:00+03:00"></head>
<body><div class="page"><div class="content"><div class="story"><h1>Village raid</h1>
<div class="byline">By a correspondent</div><p>${STORY[0]}</p>
<div class="adsbygoogle" id="div-gpt-ad-1234">Ad: mobile plans from 5 dollars</div><p>${STORY[1]}</p><p>${STORY[2]}</p>
<div class="more-stories"><h3>More stories</h3><p>Football results from the weekend and other sport news</p></div>
<div class="share-tools" aria-label="Share this story">Share Tweet Email</div></div></div></div></body></html>`,
};

describe('web pages shaped like real news sites', () => {
  it.each(Object.keys(SITES))('%s keeps the story, drops ads, related links and share bars, keeps the local date', async (name) => {
    const { article } = await importOk(name, SITES[name]);
    for (const p of STORY) expect(article.text).toContain(p);
    for (const junk of ['Advertisement', 'cheap flights', 'Sponsored', 'Share', 'WhatsApp', 'Related', 'Markets close', 'Read more', 'newsletter', 'Ad:', 'More stories', 'Football']) {
      expect(article.text).not.toContain(junk);
    }
    // 2025-03-10T01:30:00+03:00 is 10 March where it was published, 9 March in UTC.
    expect(article.publishedAt).toBe('2025-03-10T01:30:00+03:00');
  });

  it('keeps figure captions and image alt text as caption lines', async () => {
    const wire = await importOk('wire-agency.html', SITES['wire-agency.html']);
    expect(wire.article.text).toContain('Smoke rising over the village, 7 March.');
    const paper = await importOk('broadsheet.html', SITES['broadsheet.html']);
    expect(paper.article.text).toContain('A clinic corridor with empty beds');
  });

  it('drops tracking parameters from the canonical URL, keeping the others', async () => {
    expect((await importOk('wire-agency.html', SITES['wire-agency.html'])).article.sourceUrl).toBe('https://wire.example/world/raid-coastal-village?id=42');
    expect((await importOk('broadsheet.html', SITES['broadsheet.html'])).article.sourceUrl).toBe('https://paper.example/news/2025/mar/10/families');
  });
});

describe('Markdown through a CommonMark parser', () => {
  it('drops setext underlines, reference links, table pipes and inline HTML; reads YAML front matter', async () => {
    const md = `---
title: "Witness statements: Baniyas"
author: [Field team, Documentation unit]
date: 2025-03-12
url: https://example.org/report?utm_source=mail
---
Statements from Baniyas
=======================

The witness described the [checkpoint][cp] and <span class="hl">the convoy</span> at dawn.

| Town | Killed |
|------|--------|
| Baniyas | 180 |

[cp]: https://example.org/checkpoint "Checkpoint"
`;
    const { article } = await importOk('statements.md', md);
    expect(article.title).toBe('Witness statements: Baniyas');
    expect(article.author).toBe('Field team, Documentation unit');
    expect(article.publishedAt).toBe('2025-03-12');
    expect(article.sourceUrl).toBe('https://example.org/report');
    expect(article.text).toContain('Statements from Baniyas');
    expect(article.text).toContain('The witness described the checkpoint and the convoy at dawn.');
    expect(article.text).toContain('Town\tKilled\nBaniyas\t180');
    for (const markup of ['===', '[cp]', 'https://example.org/checkpoint', '<span', '|', '---']) expect(article.text).not.toContain(markup);
  });
});

describe('titles', () => {
  it('a .txt file whose first line is long gets its first words, cut at a word boundary, with an ellipsis', async () => {
    const long = 'Witnesses in the coastal villages described how armed men went from house to house asking about each family before the shooting began in the early morning.';
    const { article } = await importOk('statement.txt', `${long}\n\nMore text.`);
    expect(article.title.endsWith('…')).toBe(true);
    const words = article.title.slice(0, -1).split(' ');
    expect(long.split(' ').slice(0, words.length)).toEqual(words);
    expect(article.title.length).toBeLessThanOrEqual(101);
  });

  it('a short first line is the title', async () => {
    const { article } = await importOk('note.txt', 'Call with the clinic\n\nThe doctor confirmed 12 wounded.');
    expect(article.title).toBe('Call with the clinic');
  });
});

describe('PDF and DOCX metadata', () => {
  it('a PDF CreationDate is provenance ("file created"), not the published date', async () => {
    const { result, article } = await importOk('printed.pdf', makePdf(['Residents said the men arrived at dawn.'], { created: 'D:20251201093000Z' }));
    expect(article.publishedAt).toBeNull();
    expect(result.report?.fileCreated).toBe('2025-12-01');
    expect(article.notes).toContain('file created 2025-12-01');
  });

  it('only XMP publication fields give a PDF published date', () => {
    expect(publicationDate({ 'prism:publicationDate': '2025-03-11T09:00:00Z' })).toBe('2025-03-11');
    expect(publicationDate({ 'dc:date': ['2025-03-09'] })).toBe('2025-03-09');
    expect(publicationDate({ 'xmp:createdate': '2025-12-01' })).toBeNull();
  });

  it('a DOCX created date is not its published date', async () => {
    const { article, result } = await importOk('w.docx', makeDocx(['The clinic counted the wounded.'], { created: '2025-12-02T10:00:00Z' }));
    expect(article.publishedAt).toBeNull();
    expect(result.report?.fileCreated).toBe('2025-12-02');
  });
});

describe('a scanned PDF without a text layer', () => {
  it('is kept with its hash; the article has no text and needs transcription, which a recorded correction supplies', async () => {
    const scan = makePdf([], { title: 'Scanned bulletin' });
    const { result, article } = await importOk('scan.pdf', scan);
    expect(result.report?.status).toBe('needs transcription');
    expect(result.report?.notes.join(' ')).toMatch(/no text layer.*needs transcription/);
    expect(article.text).toBe('');
    expect(article.original.byteSize).toBe(scan.length);
    await ok(t.registry, 'articles.correctText', { id: article.id, text: 'Typed from the scan: 12 killed in the village.', reason: 'transcribed from the scan' });
    expect((await ok<Article>(t.registry, 'articles.get', { id: article.id })).text).toBe('Typed from the scan: 12 killed in the village.');
  });
});
