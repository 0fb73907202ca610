import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setPdfPrinter, type PdfPrinter } from '../../src/node/export/formats/pdf';

/**
 * The desktop app's PDF printer: the export's HTML report printed by Electron's
 * webContents.printToPDF, the same Chromium engine that Playwright's page.pdf() uses in tests,
 * browser mode and the CLI (src/node/export/pdf-chromium.ts). The report is shown in a hidden,
 * sandboxed window that runs no script, in a session of its own that is offline and refuses every
 * request but the report itself. Like security.ts, this module never imports `electron` at
 * runtime: index.ts passes Electron's classes in, and the tests pass fakes.
 */

/** The in-memory session the print windows use (no "persist:" prefix: nothing is stored on disk). */
export const PRINT_PARTITION = 'fieldnotes-print';

/** Options of a print window: hidden, sandboxed, no script, no Node, its own offline session. */
export function printWindowOptions() {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      partition: PRINT_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      images: true,
      plugins: false,
      spellcheck: false,
      devTools: false,
      navigateOnDragDrop: false,
    },
  };
}

/** What printToPDF is asked for: A4, backgrounds, the margins pdf-chromium.ts gives page.pdf() (16 and 14 mm, in inches). */
export const PRINT_OPTIONS = { printBackground: true, pageSize: 'A4', margins: { top: 0.63, bottom: 0.63, left: 0.55, right: 0.55 } } as const;

/** The print session lets through the report's own file and inline data: resources, nothing else. */
export function isPrintRequestAllowed(url: string, reports: ReadonlySet<string>): boolean {
  return reports.has(url) || url.startsWith('data:');
}

export interface PrintSessionLike {
  webRequest: { onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void };
  enableNetworkEmulation(options: { offline: boolean }): void;
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
}

export interface PrintWindowLike {
  loadFile(path: string): Promise<void>;
  webContents: { printToPDF(options: typeof PRINT_OPTIONS): Promise<Uint8Array> };
  destroy(): void;
}

export interface PrintDeps {
  createWindow(options: ReturnType<typeof printWindowOptions>): PrintWindowLike;
  session(partition: string): PrintSessionLike;
}

/**
 * A PdfPrinter for setPdfPrinter (src/node/export/formats/pdf.ts). The report is written to a
 * private temporary folder (a data: URL of a large report is over Chromium's URL limit), loaded,
 * printed, and the folder removed at once.
 */
export function electronPdfPrinter(deps: PrintDeps): PdfPrinter {
  const reports = new Set<string>();
  let sessionReady = false;
  return async (html) => {
    if (!sessionReady) {
      const ses = deps.session(PRINT_PARTITION);
      ses.enableNetworkEmulation({ offline: true });
      ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequestAllowed(details.url, reports) }));
      sessionReady = true;
    }
    const folder = mkdtempSync(join(tmpdir(), 'fieldnotes-print-'));
    const file = join(folder, 'report.html');
    const url = pathToFileURL(file).href;
    const win = deps.createWindow(printWindowOptions());
    try {
      writeFileSync(file, html, { mode: 0o600 });
      reports.add(url);
      await win.loadFile(file);
      return new Uint8Array(await win.webContents.printToPDF(PRINT_OPTIONS));
    } finally {
      reports.delete(url);
      win.destroy();
      rmSync(folder, { recursive: true, force: true });
    }
  };
}

/** The desktop app prints its PDFs with Electron (browser mode and the CLI never call this: they print with Playwright's Chromium). */
export function installDesktopPdfPrinter(deps: PrintDeps): void {
  setPdfPrinter(electronPdfPrinter(deps));
}
