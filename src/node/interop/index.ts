import { AppError } from '../../shared/api/errors';
import { supportedImportExtensions } from '../../shared/schemas/article';
import type { ImportFormat } from './document';
import { docxFormat } from './docx';
import { htmlFormat } from './html';
import { markdownFormat } from './markdown';
import { pdfFormat } from './pdf';
import { plainTextFormat } from './plain-text';

/** Every import format, one module each. Adding a format is adding a module and a line here. */
export const importFormats: readonly ImportFormat[] = [plainTextFormat, markdownFormat, htmlFormat, pdfFormat, docxFormat];

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 ? fileName.slice(dot).toLowerCase() : '';
}

export function formatForFile(fileName: string): ImportFormat {
  const ext = extensionOf(fileName);
  const format = importFormats.find((f) => f.extensions.includes(ext));
  if (!format) {
    throw new AppError(
      'unsupported_type',
      `${fileName}: ${ext ? `"${ext}" files are` : 'files without an extension are'} not supported. Import one of: ${supportedImportExtensions.join(', ')}.`,
    );
  }
  return format;
}
