import { AppError } from '../../shared/api/errors';
import { supportedImportExtensions } from '../../shared/schemas/article';
import type { ImportFormat } from './document';
import { docxFormat } from './docx';
import { htmlFormat } from './html';
import { markdownFormat } from './markdown';
import { pdfFormat } from './pdf';
import { plainTextFormat } from './plain-text';

const READ_AS: Record<ImportFormat['kind'], string> = { text: 'text', pasted: 'text', markdown: 'Markdown', html: 'a web page', pdf: 'a PDF', docx: 'a Word document' };

/**
 * A library's own error (a TypeError, "Maximum call stack size exceeded", ...) never reaches the
 * user: whatever a file makes an importer throw becomes a sentence. AppErrors pass unchanged.
 */
function guarded(format: ImportFormat): ImportFormat {
  return {
    ...format,
    async extract(bytes, fileName) {
      try {
        return await format.extract(bytes, fileName);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('invalid_input', `${fileName} could not be read as ${READ_AS[format.kind]}: it is damaged or built in a way Fieldnotes cannot read. Nothing was imported.`);
      }
    },
  };
}

/** Every import format, one module each. Adding a format is adding a module and a line here. */
export const importFormats: readonly ImportFormat[] = [plainTextFormat, markdownFormat, htmlFormat, pdfFormat, docxFormat].map(guarded);

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
