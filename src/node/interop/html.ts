import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ImportFormat } from './document';
import { decodeText } from './decode-text';
import { readPageMetadata } from './html-metadata';
import { scanHtml } from './html-prescan';
import { altTextAsCaptions, blockText, parseFragment } from './html-text';
import { Budget, LIMITS, tooLarge } from './limits';

/** Never part of the reading text: active content, embeds, media and page furniture. */
const DROPPED = 'script, style, noscript, template, iframe, frame, frameset, object, embed, img, picture, video, audio, source, svg, canvas, form, button, input, select, textarea, link, meta';
/**
 * Page furniture news sites put inside or beside the article: navigation, ads (ad-slot, GPT and
 * AdSense containers), "related"/"read more" lists, share bars, newsletter and cookie boxes.
 */
const FURNITURE = [
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]',
  '.ad, .ads, .advert, .ad-banner, .advertisement, .ad-slot, .ad-container, .ad-unit, .adsbygoogle, [class^="ad-"], [class*=" ad-"], [id^="ad-"], [id^="div-gpt-ad"], [data-ad-slot], [data-ad]',
  '.share, .social, .sharing, [class*="share-"], [class*="-share"], [class*="social-"], [aria-label*="share" i]',
  '.related, [class*="related"], [class*="read-more"], [class*="more-stories"], [class*="recommended"], [data-component="related"]',
  '.newsletter, [class*="newsletter"], .cookie, [class*="cookie"], [class*="promo"], [class*="subscribe"]',
].join(', ');

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
    const { text: source, encoding } = decodeText(bytes, fileName, { html: true });
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
    return { ...metadata, text, encoding };
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
    stripPage(document);
    try {
      article = new Readability(document as unknown as Document, { charThreshold: 100, maxElemsToParse: LIMITS.readabilityElements }).parse();
    } catch {
      article = null;
    }
    budget.check();
  }
  if (article?.content) {
    const content = parseFragment(article.content);
    stripPage(content);
    const text = blockText(content.body);
    if (text.trim()) return text;
  }
  const fallback = parsePage(source);
  stripPage(fallback);
  const root = fallback.querySelector('article') ?? fallback.querySelector('main') ?? fallback.body;
  return root ? blockText(root) : '';
}

/** Image alt text becomes a caption line; active content, media and page furniture go. */
function stripPage(document: ReturnType<typeof parsePage>): void {
  if (document.body) altTextAsCaptions(document.body as unknown as Element);
  for (const el of Array.from(document.querySelectorAll(`${DROPPED}, ${FURNITURE}`))) el.remove();
}
