import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ImportFormat } from './document';
import { decodeTextFile } from './decode-text';
import { readPageMetadata } from './html-metadata';
import { scanHtml } from './html-prescan';
import { Budget, LIMITS, tooLarge } from './limits';

/** Never part of the reading text: active content, embeds, media and page furniture. */
const DROPPED = 'script, style, noscript, template, iframe, frame, frameset, object, embed, img, picture, video, audio, source, svg, canvas, form, button, input, select, textarea, link, meta';
const FURNITURE = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], .ad, .ads, .advert, .ad-banner, .advertisement, .share, .social, .newsletter, .related, .cookie';
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'HR', 'ADDRESS']);

/**
 * A page saved from a browser: keeps the main article only (Mozilla Readability, with a
 * fallback to <article>/<main>/<body> minus page furniture), as paragraphs of plain text.
 * Nothing in the page is executed or fetched: it is parsed as inert markup.
 */
export const htmlFormat: ImportFormat = {
  kind: 'html',
  extensions: ['.html', '.htm'],
  mediaType: 'text/html',
  async extract(bytes, fileName) {
    const source = decodeTextFile(bytes, fileName);
    const budget = new Budget(fileName);
    const shape = scanHtml(source, { depth: LIMITS.htmlDepth, elements: LIMITS.htmlElements });
    if (shape.exceeded === 'depth') {
      throw tooLarge(fileName, `nests elements more than ${LIMITS.htmlDepth} levels deep (real web pages nest fewer than 60), so it cannot be read safely`);
    }
    if (shape.exceeded === 'elements') {
      throw tooLarge(fileName, `has more than ${LIMITS.htmlElements.toLocaleString('en')} elements (real web pages have fewer than 20,000), so it cannot be read safely`);
    }
    const metadata = readPageMetadata(parsePage(source));
    budget.check();
    const readable = shape.depth <= LIMITS.readabilityDepth && shape.elements <= LIMITS.readabilityElements;
    const text = mainText(source, readable, budget);
    return { ...metadata, text };
  },
};

/** A parsed page that always has <html> and <body>: a file whose top element is <svg> or text gets them added. */
function parsePage(source: string) {
  const { document } = parseHTML(source);
  return document.documentElement?.localName === 'html' ? document : parseHTML(`<!doctype html><html><body>${source}</body></html>`).document;
}

function mainText(source: string, readable: boolean, budget: Budget): string {
  // Readability mutates the document it reads, so it gets its own parse. Its cost grows steeply with
  // nesting depth, so unusually deep or large pages use the simpler extraction below.
  let article: { content?: string | null } | null = null;
  if (readable) {
    const document = parsePage(source);
    for (const el of Array.from(document.querySelectorAll(DROPPED))) el.remove();
    try {
      article = new Readability(document as unknown as Document, { charThreshold: 100, maxElemsToParse: LIMITS.readabilityElements }).parse();
    } catch {
      article = null;
    }
    budget.check();
  }
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    for (const el of Array.from(content.querySelectorAll(`${DROPPED}, ${FURNITURE}`))) el.remove();
    const text = blockText(content.body);
    if (text.trim()) return text;
  }
  const fallback = parsePage(source);
  for (const el of Array.from(fallback.querySelectorAll(`${DROPPED}, ${FURNITURE}`))) el.remove();
  const root = fallback.querySelector('article') ?? fallback.querySelector('main') ?? fallback.body;
  return root ? blockText(root) : '';
}

/** Text of an element with block boundaries as blank lines and <br> as a line break. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    if (tag === 'LI') parts.push('• ');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
