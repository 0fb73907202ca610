import { AppError } from '../../../shared/api/errors';
import { csvFormat } from './csv';
import { docxFormat } from './docx';
import { htmlFormat } from './html';
import { jsonFormat } from './json';
import { mdFormat } from './md';
import { mdzipFormat } from './mdzip';
import { pdfFormat } from './pdf';
import { qdpxFormat } from './qdpx';
import { xlsxFormat } from './xlsx';
import type { ExportFormat } from './types';

export type { ExportFormat } from './types';

/** Every export format, one module each. A test checks that every module of this folder is listed here and that none leaks. */
export const exportFormats: readonly ExportFormat[] = [mdFormat, mdzipFormat, csvFormat, htmlFormat, pdfFormat, docxFormat, xlsxFormat, jsonFormat, qdpxFormat];

export function formatById(id: string): ExportFormat {
  const format = exportFormats.find((f) => f.id === id);
  if (!format) throw new AppError('invalid_input', `There is no export format “${id}”. Formats: ${exportFormats.map((f) => f.id).join(', ')}.`);
  return format;
}
