import { MAX_IMPORT_BYTES, supportedImportExtensions } from '../../../src/shared/schemas/article';
import { formatBytes } from '../../lib/format';

export const fileInputAccept = supportedImportExtensions.join(',');

export const supportedTypesInWords = '.txt, .md, .markdown, .html, .htm, .pdf and .docx';

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** Why a file cannot be sent at all (checked before reading it), or null when it may be tried. */
export function refuseBeforeReading(file: File): string | null {
  const extension = extensionOf(file.name);
  if (!(supportedImportExtensions as readonly string[]).includes(extension)) {
    return `${extension ? `“${extension}” files are` : 'Files without an extension are'} not supported. Fieldnotes imports ${supportedTypesInWords} files.`;
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return `The file is ${formatBytes(file.size)}, over the ${formatBytes(MAX_IMPORT_BYTES).split(' (')[0]} import limit. Split it or save a smaller copy, then import that.`;
  }
  return null;
}
