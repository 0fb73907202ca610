import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../shared/api/errors';
import type { ImportFormat } from './document';
import { Budget, checkTextLength } from './limits';
import { checkPdfStreams } from './pdf-streams';

const nodeRequire = createRequire(import.meta.url);

function standardFontDataUrl(): string {
  return pathToFileURL(join(dirname(nodeRequire.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/').href;
}

interface TextItem {
  str: string;
  hasEOL?: boolean;
}

/** PDF: the text layer, page by page. A scan without text is refused with advice. */
export const pdfFormat: ImportFormat = {
  kind: 'pdf',
  extensions: ['.pdf'],
  mediaType: 'application/pdf',
  async extract(bytes, fileName) {
    if (!startsWith(bytes, '%PDF-')) throw unreadable(fileName, 'it does not start with a PDF header');
    const budget = new Budget(fileName);
    checkPdfStreams(bytes, fileName);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
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
        const content = await page.getTextContent();
        pages.push(joinLines((content.items as TextItem[]).map((i) => i.str + (i.hasEOL ? '\n' : ''))));
        page.cleanup();
        length += pages[pages.length - 1].length;
        checkTextLength(length, fileName);
      }
      const text = pages.join('\n\n').trim();
      if (!text) {
        throw new AppError('invalid_input', `${fileName} has no text layer (it may be a scanned image). Run text recognition (OCR) on it, then import the result.`);
      }
      const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
      return {
        text,
        title: str(info.Title),
        author: str(info.Author),
        publishedAt: pdfDate(str(info.CreationDate)),
      };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw unreadable(fileName, 'its pages could not be read');
    } finally {
      await doc.destroy();
    }
  },
};

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

/** Re-flows hard-wrapped lines into paragraphs: a short line ending a sentence ends a paragraph. */
export function joinLines(chunks: string[]): string {
  const lines = chunks.join('').split('\n').map((l) => l.trim());
  const lengths = lines.filter(Boolean).map((l) => l.length).sort((a, b) => a - b);
  const typical = lengths.length ? lengths[Math.floor(lengths.length * 0.75)] : 0;
  let out = '';
  for (const line of lines) {
    if (!line) {
      if (out && !out.endsWith('\n\n')) out += '\n\n';
      continue;
    }
    if (out && !out.endsWith('\n\n')) out += out.endsWith('-') ? '' : ' ';
    out += line;
    if (/[.!?:"”»]$/.test(line) && line.length < typical * 0.8) out += '\n\n';
  }
  return out.trim();
}
