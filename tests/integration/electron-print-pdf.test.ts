import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installDesktopPdfPrinter, isPrintRequestAllowed, PRINT_PARTITION, printWindowOptions, type PrintDeps } from '../../electron/main/print-pdf';
import { hasPdfPrinter, setPdfPrinter } from '../../src/node/export/formats/pdf';
import { buildLeakCase, LEAK, WITHHELD_BY } from '../helpers/leak-case';
import { ok, tempDir, tempWorkspace } from '../helpers/workspace';

/** Electron's BrowserWindow and session, faked: they record what the printer asks of them. */
function fakeElectron() {
  const seen = { windows: [] as unknown[], partitions: [] as string[], offline: [] as boolean[], loaded: [] as { path: string; html: string; allowed: boolean }[], filter: null as null | ((url: string) => boolean), permission: null as null | boolean, destroyed: 0 };
  const deps: PrintDeps = {
    createWindow(options) {
      seen.windows.push(options);
      let html = '';
      return {
        async loadFile(path) {
          html = readFileSync(path, 'utf8');
          seen.loaded.push({ path, html, allowed: !seen.filter!(pathToFileURL(path).href) });
        },
        webContents: { printToPDF: async () => new TextEncoder().encode(`%PDF-fake ${html.length}`) },
        destroy: () => void seen.destroyed++,
      };
    },
    session(partition) {
      seen.partitions.push(partition);
      return {
        enableNetworkEmulation: ({ offline }) => void seen.offline.push(offline),
        setPermissionRequestHandler: (handler) => handler(null, 'media', (granted) => (seen.permission = granted)),
        webRequest: {
          onBeforeRequest(listener) {
            seen.filter = (url) => {
              let cancel: boolean | undefined;
              listener({ url }, (r) => (cancel = r.cancel));
              return cancel === true;
            };
          },
        },
      };
    },
  };
  return { deps, seen };
}

let t: ReturnType<typeof tempWorkspace>;
let out: ReturnType<typeof tempDir>;
let caseId: string;
beforeAll(async () => {
  t = tempWorkspace();
  out = tempDir();
  ({ caseId } = await buildLeakCase(t.registry));
});
afterAll(() => {
  setPdfPrinter(null);
  t.remove();
  out.remove();
});

describe('the desktop PDF printer (Electron printToPDF, tested without Electron)', () => {
  it('prints in a hidden, sandboxed window without script or Node, in its own session', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ partition: PRINT_PARTITION, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webviewTag: false, webSecurity: true, devTools: false });
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false); // an in-memory session
  });

  it('lets through the report being printed and inline data:, nothing else', () => {
    const reports = new Set(['file:///tmp/fieldnotes-print-x/report.html']);
    expect(isPrintRequestAllowed('file:///tmp/fieldnotes-print-x/report.html', reports)).toBe(true);
    expect(isPrintRequestAllowed('data:image/png;base64,AAAA', reports)).toBe(true);
    for (const url of ['https://fonts.example.com/a.woff2', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'file:///tmp/fieldnotes-print-x/other.html', 'app://fieldnotes/', 'ws://localhost/']) {
      expect(isPrintRequestAllowed(url, reports), url).toBe(false);
    }
  });

  it('is the printer the core uses once the main process installs it: export.pdf goes through the window, offline, and leaves no temporary report', async () => {
    const { deps, seen } = fakeElectron();
    setPdfPrinter(null);
    installDesktopPdfPrinter(deps);
    expect(hasPdfPrinter()).toBe(true);
    const path = join(out.dir, 'case.team.pdf');
    await ok(t.registry, 'export.run', { scope: { kind: 'case', caseId }, profile: 'team', format: 'pdf', path });
    // The file holds what printToPDF returned: Electron printed it, not a Chromium started for the export.
    expect(readFileSync(path, 'utf8')).toMatch(/^%PDF-fake \d+$/);
    expect(seen.partitions).toEqual([PRINT_PARTITION]);
    expect(seen.offline).toEqual([true]);
    expect(seen.permission).toBe(false);
    expect(seen.windows).toEqual([printWindowOptions()]);
    expect(seen.destroyed).toBe(1);
    const [{ path: report, html, allowed }] = seen.loaded;
    expect(html).toContain('Profile: team.');
    expect(html).toContain(LEAK.accountPublished);
    for (const secret of WITHHELD_BY.team) expect(html, secret).not.toContain(secret);
    expect(existsSync(dirname(report))).toBe(false);
    // While printing, the session let the report through and refused the rest; after it, the report too.
    expect(allowed).toBe(true);
    expect(seen.filter!('https://example.com/logo.png')).toBe(true);
    expect(seen.filter!(pathToFileURL(report).href)).toBe(true);
  });
});
