import { setPdfPrinter } from '../../src/node/export/formats/pdf';
import { chromiumPdfPrinter } from '../../src/node/export/pdf-chromium';

/** Installs the Chromium PDF printer for a test file; returns the function that closes it. */
export async function usePdfPrinter(): Promise<() => Promise<void>> {
  const chromium = await chromiumPdfPrinter();
  setPdfPrinter(chromium.print);
  return async () => {
    setPdfPrinter(null);
    await chromium.close();
  };
}
