import { AppError } from '../../../shared/api/errors';
import { renderHtml } from './html';
import type { ExportFormat } from './types';

/** Prints an HTML document to PDF bytes with a browser engine (Chromium), fetching nothing. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

let printer: PdfPrinter | null = null;

/**
 * The engine that prints the HTML report: Playwright's Chromium in tests, browser mode and the CLI
 * (pdf-chromium.ts, started per export when no printer is installed), Electron’s webContents.printToPDF
 * in the desktop app (electron/main/print-pdf.ts, installed by the main process at start-up).
 */
export function setPdfPrinter(p: PdfPrinter | null): void {
  printer = p;
}

export const hasPdfPrinter = (): boolean => printer !== null;

/** Prints with the printer installed by setPdfPrinter. */
export function printWithInstalled(html: string): Promise<Uint8Array> {
  if (!printer) throw new AppError('unsupported_type', 'PDF export needs Chromium, which is not available here. Export the HTML report and print it, or export the PDF from the app.');
  return printer(html);
}

/** The PDF report: the HTML report printed by Chromium (the same engine the app shows it with). */
export const pdfFormat: ExportFormat = {
  id: 'pdf',
  label: 'PDF report',
  extension: 'pdf',
  mediaType: 'application/pdf',
  container: 'pdf',
  render: (dataset) => printWithInstalled(renderHtml(dataset)),
};
