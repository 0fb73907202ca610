import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { join, resolve } from 'node:path';
import { createRegistry } from '../../src/node/api/registry';
import { startMaintenance } from '../../src/node/safety/maintenance';
import { openWorkspace, type Workspace } from '../../src/node/workspace';
import { AppError } from '../../src/shared/api/errors';
import { registerIpc } from './ipc';
import { installDesktopPdfPrinter } from './print-pdf';
import { registerAppProtocol } from './protocol';
import { registerSaveDialog } from './save-dialog';
import {
  APP_SCHEME_PRIVILEGES,
  applySecurity,
  menuTemplate,
  launchPlan,
  windowOptions,
} from './security';

// Built layout (electron-vite): out/main/index.js, out/preload/index.cjs, out/renderer/.
const here = import.meta.dirname;
const PRELOAD_PATH = join(here, '../preload/index.cjs');
const RENDERER_DIR = join(here, '../renderer');

// Replaced at build time (electron.vite.config.ts): true only in the `electron-vite dev` bundle.
declare const __FIELDNOTES_DEV_SERVER__: boolean;

// `npm run dev` alone loads and trusts the dev server, with DevTools; `npm start` and packaged
// apps load app://fieldnotes/ with DevTools off, whatever ELECTRON_RENDERER_URL says.
const { policy, entryUrl, devTools } = launchPlan({
  isPackaged: app.isPackaged,
  devServerBuild: __FIELDNOTES_DEV_SERVER__,
  rendererUrl: process.env.ELECTRON_RENDERER_URL,
});

// Same folder the CLI and browser mode use (src/node/workspace/paths.ts), whatever
// the package name; FIELDNOTES_DATA points all three somewhere else.
app.setPath(
  'userData',
  process.env.FIELDNOTES_DATA ? resolve(process.env.FIELDNOTES_DATA) : join(app.getPath('appData'), 'Fieldnotes'),
);
// Crash dumps stay on this machine: the crash reporter is never started, nothing is uploaded.
app.setPath('crashDumps', join(app.getPath('userData'), 'crash-dumps'));

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;
let stopMaintenance: () => void = () => {};

function closeWorkspace(): void {
  stopMaintenance();
  const ws = workspace;
  workspace = null;
  try {
    ws?.close();
  } catch (error) {
    console.error('Closing the workspace failed:', error);
  }
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(PRELOAD_PATH, { devTools }));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(entryUrl);
  return win;
}

function startupFailed(error: unknown): void {
  const message =
    error instanceof AppError
      ? error.message
      : `Fieldnotes could not open its workspace: ${error instanceof Error ? error.message : String(error)}`;
  const title = error instanceof AppError && error.code === 'newer_database' ? 'Newer workspace' : 'Fieldnotes cannot start';
  closeWorkspace();
  dialog.showErrorBox(title, message);
  app.exit(1);
}

async function start(): Promise<void> {
  applySecurity({ app, session: session.defaultSession }, policy);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform)));

  try {
    // A database written by a newer Fieldnotes is refused here, before anything touches it.
    workspace = openWorkspace({ dataDir: app.getPath('userData'), appVersion: app.getVersion(), backupOnStart: true });
    stopMaintenance = startMaintenance(workspace, (message) => console.log(message));
  } catch (error) {
    startupFailed(error);
    return;
  }
  // PDF exports are printed by Electron's own Chromium, in a hidden offline window (print-pdf.ts).
  installDesktopPdfPrinter({ createWindow: (options) => new BrowserWindow(options), session: (partition) => session.fromPartition(partition) });
  const registry = createRegistry(workspace);

  registerAppProtocol(protocol, RENDERER_DIR);
  registerIpc(ipcMain, registry, () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null), policy);
  registerSaveDialog(
    ipcMain,
    () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
    (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    () => app.getPath('documents'),
    policy,
  );

  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Fieldnotes is running; it focuses its window (see 'second-instance').
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeWorkspace);
  app.whenReady().then(start).catch(startupFailed);
}
