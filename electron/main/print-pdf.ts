import { BrowserWindow } from 'electron';

/**
 * NOT WIRED YET (issue 12, PDF in the desktop app): prints the HTML report with Electron's
 * webContents.printToPDF, the same Chromium engine that Playwright's page.pdf() uses in tests and
 * browser mode. To use it, the main process passes it to setPdfPrinter (src/node/export/formats/pdf.ts)
 * when it creates the registry. The window is hidden, runs no script, and loads the report from a
 * data: URL; the session's network allow-list (security.ts) refuses anything the page would fetch.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return new Uint8Array(await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }));
  } finally {
    win.destroy();
  }
}
