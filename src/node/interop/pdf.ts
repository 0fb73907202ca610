import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../shared/api/errors';
import type { ImportFormat } from './document';
import { Budget, checkTextLength } from './limits';
import { hasRtl } from './pdf-bidi';
import { GlyphStream, pageGlyphs } from './pdf-glyphs';
import { pageText, type PdfItem } from './pdf-layout';
import { checkPdfStreams } from './pdf-streams';
import { codePointLength, normalizeReadingText } from '../../shared/domain/text';

const nodeRequire = createRequire(import.meta.url);

function standardFontDataUrl(): string {
  return pathToFileURL(join(dirname(nodeRequire.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/').href;
}

interface TextItem {
  str: string;
  dir?: string;
  width: number;
  transform: number[];
}

/** PDF: the text layer laid out by position, page by page; a scan without text is kept to be transcribed. */
export const pdfFormat: ImportFormat = {
  kind: 'pdf',
  extensions: ['.pdf'],
  mediaType: 'application/pdf',
  async extract(bytes, fileName) {
    if (!startsWith(bytes, '%PDF-')) throw unreadable(fileName, 'it does not start with a PDF header');
    const budget = new Budget(fileName);
    checkPdfStreams(bytes, fileName);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const textOps = new Set([pdfjs.OPS.showText, pdfjs.OPS.showSpacedText, pdfjs.OPS.nextLineShowText, pdfjs.OPS.nextLineSetSpacingShowText]);
    let doc;
    try {
      doc = await pdfjs.getDocument({
        data: new Uint8Array(bytes),
        standardFontDataUrl: standardFontDataUrl(),
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        verbosity: 0,
      }).promise;
    } catch (error) {
      const reason = error instanceof Error && /password/i.test(error.message) ? 'it is password-protected' : 'it is damaged or incomplete';
      throw unreadable(fileName, reason);
    }
    try {
      const pages: string[] = [];
      let length = 0;
      for (let n = 1; n <= doc.numPages; n++) {
        budget.check();
        const page = await doc.getPage(n);
        // Raw glyph text (no normalisation): presentation forms are mapped after reordering.
        const content = await page.getTextContent({ disableNormalization: true });
        const glyphs = new GlyphStream(pageGlyphs(await page.getOperatorList(), textOps));
        const items = (content.items as TextItem[]).filter((i) => typeof i.str === 'string').map((i) => toItem(i, glyphs));
        pages.push(normalizeReadingText(pageText(items, page.view[2] - page.view[0], page.view[3] - page.view[1])));
        page.cleanup();
        length += pages[pages.length - 1].length;
        checkTextLength(length, fileName);
      }
      const { text, pageStarts } = joinPages(pages);
      const { info, metadata } = ((await doc.getMetadata().catch(() => null)) ?? {}) as { info?: Record<string, unknown>; metadata?: { getAll(): Record<string, unknown> } | null };
      return {
        text,
        pageStarts,
        needsTranscription: !text,
        title: str(info?.Title),
        author: str(info?.Author),
        publishedAt: publicationDate(metadata?.getAll() ?? {}),
        fileCreated: pdfDate(str(info?.CreationDate)),
      };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw unreadable(fileName, 'its pages could not be read');
    } finally {
      await doc.destroy();
    }
  },
};

function toItem(item: TextItem, glyphs: GlyphStream): PdfItem {
  const [a, b, c, d, x, y] = item.transform;
  const visual = glyphs.visual(item.str) ?? (item.dir === 'rtl' ? [...item.str].reverse().join('') : item.str);
  return { visual: item.dir === 'rtl' || hasRtl(visual) ? visual : item.str, x, y, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b) };
}

/** Pages joined by blank lines, with the code-point offset where each page begins. */
function joinPages(pages: string[]): { text: string; pageStarts: number[] } {
  let text = '';
  const pageStarts: number[] = [];
  for (const page of pages) {
    if (text && page) text += '\n\n';
    pageStarts.push(codePointLength(text));
    text += page;
  }
  return { text, pageStarts };
}

/** A publication date only from XMP fields that mean publication (prism:publicationDate, dc:date). */
export function publicationDate(xmp: Record<string, unknown>): string | null {
  for (const key of ['prism:publicationdate', 'prism:coverdate', 'dc:date']) {
    const entry = Object.entries(xmp).find(([k]) => k.toLowerCase() === key)?.[1];
    const value = Array.isArray(entry) ? entry[0] : entry;
    const m = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
    if (m && !Number.isNaN(Date.parse(m[1]))) return m[1];
  }
  return null;
}

function unreadable(fileName: string, reason: string): AppError {
  return new AppError('invalid_input', `${fileName} could not be read as a PDF: ${reason}. Nothing was imported.`);
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  // Some PDFs carry a few bytes of junk before the header; the format allows 1024.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(magic);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** PDF dates look like D:20250310083000Z or D:20250310. */
export function pdfDate(raw: string | null): string | null {
  const m = raw ? /^D:(\d{4})(\d{2})(\d{2})/.exec(raw) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
