import { existsSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import type { PdfPrinter } from './formats/pdf';

/**
 * A PDF printer on Chromium driven by Playwright (playwright-core, present wherever the tests
 * run): the HTML is set as the page's content with every request refused, then page.pdf() prints
 * it. Used by tests, browser mode and the CLI; the desktop app prints with Electron instead.
 * Chromium is Debian's /usr/bin/chromium, CHROMIUM_PATH, or Playwright's own download.
 */
export async function chromiumPdfPrinter(): Promise<{ print: PdfPrinter; close(): Promise<void> }> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new AppError('unsupported_type', 'PDF export from here needs Playwright and Chromium, which are not installed. Export the PDF from the app, or export HTML and print it.');
  }
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let browser: import('playwright-core').Browser;
  try {
    browser = await chromium.launch({ executablePath: existsSync(path) ? path : undefined, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  } catch (error) {
    throw new AppError('unsupported_type', `PDF export needs Chromium, which could not be started (${(error as Error).message.split('\n')[0]}). Set CHROMIUM_PATH, or export HTML and print it.`);
  }
  return {
    async print(html) {
      const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: false, margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } }));
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}
