/**
 * Every hardening rule of the desktop shell, in one place.
 *
 * This module never imports `electron` at runtime: the rules are plain functions and
 * data, and the installers take the Electron objects they wire as parameters (typed
 * structurally below), so all of it runs under Vitest in plain Node.
 */
export { CONTENT_SECURITY_POLICY } from '../../src/shared/security/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldnotes';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads in a packaged (or previewed) build. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/** For `protocol.registerSchemesAsPrivileged`, before `app` is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/**
 * Which pages are ours. `devServerUrl` is the origin of the electron-vite dev server
 * in development and `null` everywhere else (always `null` in a packaged app).
 */
export interface SecurityPolicy {
  devServerUrl: string | null;
}

export const PRODUCTION_POLICY: SecurityPolicy = Object.freeze({ devServerUrl: null });

const MAX_URL_LENGTH = 8192;

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for `app://fieldnotes/...`: no other host, no port, no credentials. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    (url as string).toLowerCase().startsWith(`${APP_ORIGIN}/`)
  );
}

const DEV_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Accepts a dev server address only when it is `http://localhost:PORT` or
 * `http://127.0.0.1:PORT`, and returns its origin; anything else gives `null`.
 */
export function parseDevServerUrl(raw: unknown): string | null {
  const parsed = parseUrl(raw);
  if (!parsed) return null;
  if (parsed.protocol !== 'http:') return null;
  if (!DEV_HOSTS.has(parsed.hostname)) return null;
  if (parsed.port === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.origin;
}

/** Same origin as the dev server (page and HMR: http: and ws: on the same host and port). */
function isDevServerUrl(url: unknown, devServerUrl: string | null, allowWebSocket: boolean): boolean {
  const dev = devServerUrl ? parseDevServerUrl(devServerUrl) : null;
  if (!dev) return false;
  const parsed = parseUrl(url);
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false;
  const devUrl = new URL(dev);
  const sameHost = parsed.hostname === devUrl.hostname && parsed.port === devUrl.port;
  if (!sameHost) return false;
  return parsed.protocol === 'http:' || (allowWebSocket && parsed.protocol === 'ws:');
}

/** A page we wrote: the app itself, or the dev server when developing. */
export function isTrustedPageUrl(url: unknown, policy: SecurityPolicy = PRODUCTION_POLICY): boolean {
  return isAppUrl(url) || isDevServerUrl(url, policy.devServerUrl, false);
}

/**
 * For `session.webRequest.onBeforeRequest`: cancel everything that is not the app
 * (or the dev server in development). `data:` is let through because it never touches
 * the network and the CSP allows it for images; `blob:` only when it belongs to a
 * trusted page. DevTools' own `devtools:` pages are allowed only in development.
 */
export function shouldCancelRequest(url: unknown, devServerUrl: string | null = null): boolean {
  const policy: SecurityPolicy = { devServerUrl: devServerUrl ? parseDevServerUrl(devServerUrl) : null };
  if (isAppUrl(url)) return false;
  if (isDevServerUrl(url, policy.devServerUrl, true)) return false;
  const parsed = parseUrl(url);
  if (!parsed) return true;
  if (parsed.protocol === 'data:') return false;
  if (parsed.protocol === 'blob:') return !isTrustedPageUrl(parsed.pathname, policy);
  if (parsed.protocol === 'devtools:') return policy.devServerUrl === null;
  return true;
}

/**
 * What decides which pages are trusted. `devServerBuild` is fixed at build time: true only in
 * the bundle `electron-vite dev` builds (`npm run dev`, see electron.vite.config.ts); false in
 * `npm start` (`electron-vite preview` builds for production first) and in packaged apps.
 */
export interface LaunchFacts {
  isPackaged: boolean;
  devServerBuild: boolean;
  /** process.env.ELECTRON_RENDERER_URL, which electron-vite dev sets to its server's address. */
  rendererUrl: string | undefined;
}

export interface LaunchPlan {
  policy: SecurityPolicy;
  /** What the window loads first. */
  entryUrl: string;
  devTools: boolean;
}

/**
 * The dev server is trusted (for IPC, navigation and the network filter) and DevTools are on
 * only when all three hold: unpackaged, built by `electron-vite dev`, and a loopback
 * ELECTRON_RENDERER_URL. Anything else (`npm start`, a packaged app, a stray or hostile
 * ELECTRON_RENDERER_URL in the environment) loads the built renderer from app:// with
 * DevTools off and trusts app:// alone.
 */
export function launchPlan(facts: LaunchFacts): LaunchPlan {
  const devServerUrl = !facts.isPackaged && facts.devServerBuild === true ? parseDevServerUrl(facts.rendererUrl) : null;
  return {
    policy: { devServerUrl },
    entryUrl: devServerUrl ? `${devServerUrl}/` : APP_ENTRY_URL,
    devTools: devServerUrl !== null,
  };
}

/** Options for the one BrowserWindow (a plain object; index.ts passes it to Electron). */
export function windowOptions(preloadPath: string, opts: { devTools?: boolean } = {}) {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Fieldnotes',
    backgroundColor: '#0f3d3e',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      plugins: false,
      safeDialogs: true,
      devTools: opts.devTools === true,
    },
  };
}

/** Every permission request and check (camera, geolocation, notifications, ...) is refused. */
export function permissionDecision(): false {
  return false;
}

/**
 * The members of `session.webRequest.onBeforeRequest` details the filter reads: `frame` (the
 * requesting WebFrameMain, `null` once it navigated or was destroyed, absent for requests no
 * frame made), whose `origin` is the requesting page's ("null" for an opaque one), and
 * `initiatorOrigin`, which Electron 45's API types document (absent in older releases). Both
 * are read; either one naming a foreign origin refuses the request.
 */
export interface RequestDetailsLike {
  url: string;
  resourceType?: string;
  frame?: { origin: string } | null;
  initiatorOrigin?: string;
}

function isTrustedOrigin(origin: string, policy: SecurityPolicy): boolean {
  return origin === APP_ORIGIN || (policy.devServerUrl !== null && origin === parseDevServerUrl(policy.devServerUrl));
}

/**
 * True when a page that is not ours (another origin, or an opaque one such as a sandboxed
 * frame) asks for an app:// resource. Navigations are left to the navigation guards (the frame
 * being navigated still has its previous origin, about:blank's on the first load).
 */
export function isForeignAppRequest(details: RequestDetailsLike, policy: SecurityPolicy = PRODUCTION_POLICY): boolean {
  if (!isAppUrl(details.url)) return false;
  if (details.resourceType === 'mainFrame' || details.resourceType === 'subFrame') return false;
  return [details.frame?.origin, details.initiatorOrigin].some((origin) => typeof origin === 'string' && !isTrustedOrigin(origin, policy));
}

/** `will-navigate`, `will-frame-navigate`, `will-redirect`: stay on our own pages. */
export function shouldAllowNavigation(url: unknown, policy: SecurityPolicy = PRODUCTION_POLICY): boolean {
  return isTrustedPageUrl(url, policy);
}

/** `setWindowOpenHandler`: no new windows, ever (and nothing is handed to a browser). */
/**
 * The only downloads allowed are files the app itself made in the page (codebook and case
 * exports as blob: URLs of the app origin); Electron asks the user where to save them.
 */
export function isAllowedDownload(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`);
}

export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * The application menu: standard roles only. Electron's default menu has Help
 * entries that open web pages; this one has no links out.
 */
export function menuTemplate(platform: NodeJS.Platform): Array<{ role: MenuRole }> {
  const common: Array<{ role: MenuRole }> = [{ role: 'editMenu' }, { role: 'viewMenu' }, { role: 'windowMenu' }];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...common] : [{ role: 'fileMenu' }, ...common];
}
type MenuRole = 'appMenu' | 'fileMenu' | 'editMenu' | 'viewMenu' | 'windowMenu';

// ---- Installers: structural types for the few Electron members they touch ----

interface PreventableEvent {
  preventDefault(): void;
}
interface NavigationEvent extends PreventableEvent {
  url: string;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setSpellCheckerEnabled(enabled: boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: RequestDetailsLike, callback: (response: { cancel?: boolean }) => void) => void): void;
  };
  on(event: 'will-download', listener: (event: PreventableEvent, item: { getURL(): string }) => void): unknown;
}

export interface WebContentsLike {
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

export interface AppLike {
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown;
}

/** Session-wide rules: network allow-list, permissions, downloads, spellchecker. */
export function installSessionSecurity(session: SessionLike, policy: SecurityPolicy = PRODUCTION_POLICY): void {
  session.setSpellCheckerEnabled(false);
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(permissionDecision()));
  session.setPermissionCheckHandler(() => permissionDecision());
  session.setDevicePermissionHandler(() => permissionDecision());
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: shouldCancelRequest(details.url, policy.devServerUrl) || isForeignAppRequest(details, policy) });
  });
  session.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL())) event.preventDefault();
  });
}

/** Per-page rules: no navigation away, no new windows, no <webview>. */
export function installWebContentsSecurity(contents: WebContentsLike, policy: SecurityPolicy = PRODUCTION_POLICY): void {
  const guard = (event: NavigationEvent) => {
    if (!shouldAllowNavigation(event.url, policy)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => windowOpenDecision());
}

/**
 * Wires everything: the session rules now, and the page rules on every web contents
 * Electron creates from here on (the main window and anything else). Call it before
 * the first window is created.
 */
export function applySecurity(deps: { app: AppLike; session: SessionLike }, policy: SecurityPolicy = PRODUCTION_POLICY): void {
  installSessionSecurity(deps.session, policy);
  deps.app.on('web-contents-created', (_event, contents) => installWebContentsSecurity(contents, policy));
}
