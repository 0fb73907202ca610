import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  applySecurity,
  CONTENT_SECURITY_POLICY,
  installSessionSecurity,
  installWebContentsSecurity,
  isAppUrl,
  isForeignAppRequest,
  isTrustedPageUrl,
  launchPlan,
  menuTemplate,
  parseDevServerUrl,
  permissionDecision,
  shouldAllowNavigation,
  shouldCancelRequest,
  windowOpenDecision,
  windowOptions,
  type AppLike,
  type SessionLike,
  type WebContentsLike,
} from '../../electron/main/security';
import { CONTENT_SECURITY_POLICY as SHARED_CSP } from '../../src/shared/security/csp';

const DEV = 'http://localhost:5173';

const REFUSED_URLS = [
  'https://example.com/',
  'http://example.com/',
  'http://localhost:5173/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'app://evil/',
  'app://evil/index.html',
  'app://fieldnotes.evil.com/',
  'app://fieldnotes:8080/',
  'app://user@fieldnotes/',
  'app://user:pw@fieldnotes/index.html',
  'app:fieldnotes/index.html',
  'app:///fieldnotes/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://fieldnotes/0d2b0c2e-1',
  'ws://localhost:5173/',
  'wss://example.com/',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  'chrome-extension://abc/page.html',
  'about:blank',
  'ftp://example.com/',
  '',
  'not a url',
];

describe('isAppUrl', () => {
  it('accepts the app itself', () => {
    expect(isAppUrl('app://fieldnotes/')).toBe(true);
    expect(isAppUrl('app://fieldnotes/index.html')).toBe(true);
    expect(isAppUrl('app://fieldnotes/assets/index-abc123.js?x=1#top')).toBe(true);
    expect(isAppUrl('APP://FIELDNOTES/index.html')).toBe(true);
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });

  it.each(REFUSED_URLS)('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses non-strings and absurdly long URLs', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(42)).toBe(false);
    expect(isAppUrl({ toString: () => 'app://fieldnotes/' })).toBe(false);
    expect(isAppUrl(`app://fieldnotes/${'a'.repeat(10_000)}`)).toBe(false);
  });
});

describe('parseDevServerUrl', () => {
  it('accepts only http on localhost or 127.0.0.1 with a port', () => {
    expect(parseDevServerUrl('http://localhost:5173')).toBe('http://localhost:5173');
    expect(parseDevServerUrl('http://127.0.0.1:5174/')).toBe('http://127.0.0.1:5174');
  });

  it.each([
    undefined,
    '',
    'http://localhost',
    'https://localhost:5173',
    'http://example.com:5173',
    'http://192.168.1.10:5173',
    'http://0.0.0.0:5173',
    'http://user:pw@localhost:5173',
    'http://localhost.evil.com:5173',
    'ws://localhost:5173',
    'file:///tmp',
  ])('refuses %s', (raw) => {
    expect(parseDevServerUrl(raw)).toBeNull();
  });
});

describe('isTrustedPageUrl', () => {
  it('trusts the dev server only in dev mode', () => {
    expect(isTrustedPageUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedPageUrl('http://localhost:5173/', { devServerUrl: DEV })).toBe(true);
    expect(isTrustedPageUrl('http://localhost:5174/', { devServerUrl: DEV })).toBe(false);
    expect(isTrustedPageUrl('http://127.0.0.1:5173/', { devServerUrl: DEV })).toBe(false);
    expect(isTrustedPageUrl('ws://localhost:5173/', { devServerUrl: DEV })).toBe(false);
    expect(isTrustedPageUrl('app://fieldnotes/', { devServerUrl: DEV })).toBe(true);
  });

  it('ignores a dev server URL that is not local', () => {
    expect(isTrustedPageUrl('https://example.com/', { devServerUrl: 'https://example.com' })).toBe(false);
  });
});

describe('shouldCancelRequest', () => {
  it('lets the app through', () => {
    expect(shouldCancelRequest('app://fieldnotes/index.html')).toBe(false);
    expect(shouldCancelRequest('app://fieldnotes/assets/app.css')).toBe(false);
  });

  it('lets local data: and the app’s own blob: through (no network)', () => {
    expect(shouldCancelRequest('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    expect(shouldCancelRequest('blob:app://fieldnotes/6f1c0c7e-1d2a-4f3b-9a1b-2c3d4e5f6a7b')).toBe(false);
    expect(shouldCancelRequest('blob:https://example.com/6f1c0c7e')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://example.com/tracker.gif',
    'https://fonts.googleapis.com/css',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'app://evil/',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/x.js',
    'ftp://example.com/',
    'not a url',
    '',
  ])('cancels %s in production', (url) => {
    expect(shouldCancelRequest(url)).toBe(true);
    expect(shouldCancelRequest(url, null)).toBe(true);
  });

  it('allows the dev server (page and HMR socket) and devtools only in dev mode', () => {
    expect(shouldCancelRequest('http://localhost:5173/', DEV)).toBe(false);
    expect(shouldCancelRequest('http://localhost:5173/@vite/client', DEV)).toBe(false);
    expect(shouldCancelRequest('ws://localhost:5173/', DEV)).toBe(false);
    expect(shouldCancelRequest('devtools://devtools/bundled/inspector.html', DEV)).toBe(false);
    expect(shouldCancelRequest('http://localhost:5174/', DEV)).toBe(true);
    expect(shouldCancelRequest('https://localhost:5173/', DEV)).toBe(true);
    expect(shouldCancelRequest('https://example.com/', DEV)).toBe(true);
  });

  it('treats a non-local dev server URL as production', () => {
    expect(shouldCancelRequest('https://example.com/', 'https://example.com')).toBe(true);
    expect(shouldCancelRequest('http://example.com:5173/', 'http://example.com:5173')).toBe(true);
    expect(shouldCancelRequest('devtools://devtools/x', 'http://example.com:5173')).toBe(true);
  });
});

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences;

  it('hardens every web preference', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableWebSQL).toBe(false);
    expect(prefs.plugins).toBe(false);
  });

  it('has no way to weaken them through extra keys', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
  });

  it('turns DevTools on only when asked (development)', () => {
    expect(prefs.devTools).toBe(false);
    expect(windowOptions('/p.cjs', { devTools: true }).webPreferences.devTools).toBe(true);
  });

  it('shows the window only when it is ready', () => {
    expect(options.show).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values] as const),
  );

  it('is the shared policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(SHARED_CSP);
  });

  it("starts from default-src 'none' and locks down base, forms, frames and objects", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('allows no inline code, no eval and no remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|\/\//);
    for (const [, values] of directives) {
      for (const value of values) expect(["'self'", "'none'", 'data:', 'blob:']).toContain(value);
    }
  });
});

describe('permissions, windows, navigation', () => {
  it('denies every permission', () => {
    expect(permissionDecision()).toBe(false);
  });

  it('denies new windows', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  it('allows navigation only within the app', () => {
    expect(shouldAllowNavigation('app://fieldnotes/index.html')).toBe(true);
    expect(shouldAllowNavigation('https://example.com/')).toBe(false);
    expect(shouldAllowNavigation('file:///etc/passwd')).toBe(false);
    expect(shouldAllowNavigation('javascript:alert(1)')).toBe(false);
    expect(shouldAllowNavigation('http://localhost:5173/')).toBe(false);
    expect(shouldAllowNavigation('http://localhost:5173/', { devServerUrl: DEV })).toBe(true);
  });

  it('registers app:// as standard, secure and fetchable, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('builds a menu without Help links', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const roles = menuTemplate(platform).map((item) => item.role);
      expect(roles).not.toContain('help');
      expect(roles).toContain('editMenu');
    }
  });
});

// ---- Installers, with fake Electron objects ----

type Listener = (...args: any[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const events: Record<string, Listener> = {};
  const session = {
    setSpellCheckerEnabled: vi.fn(),
    setPermissionRequestHandler: (h: Listener) => void (handlers.request = h),
    setPermissionCheckHandler: (h: Listener) => void (handlers.check = h),
    setDevicePermissionHandler: (h: Listener) => void (handlers.device = h),
    webRequest: { onBeforeRequest: (h: Listener) => void (handlers.beforeRequest = h) },
    on: (event: string, h: Listener) => void (events[event] = h),
  };
  return { session: session as unknown as SessionLike, spell: session.setSpellCheckerEnabled, handlers, events };
}

function fakeContents() {
  const events: Record<string, Listener[]> = {};
  let openHandler: Listener | undefined;
  const contents = {
    on: (event: string, h: Listener) => {
      (events[event] ??= []).push(h);
      return contents;
    },
    setWindowOpenHandler: (h: Listener) => void (openHandler = h),
  };
  const emit = (event: string, url?: string) => {
    const e = { url, preventDefault: vi.fn() };
    for (const h of events[event] ?? []) h(e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContentsLike, emit, open: () => openHandler?.({ url: 'https://example.com' }) };
}

function cancelled(handlers: Record<string, Listener>, url: string, details: Record<string, unknown> = {}): boolean | undefined {
  let answer: boolean | undefined;
  handlers.beforeRequest({ url, ...details }, (r: { cancel?: boolean }) => (answer = r.cancel));
  return answer;
}

describe('installSessionSecurity', () => {
  it('wires permissions, network, downloads and spellchecker', () => {
    const { session, spell, handlers, events } = fakeSession();
    installSessionSecurity(session);

    expect(spell).toHaveBeenCalledWith(false);
    const granted = vi.fn();
    handlers.request({}, 'geolocation', granted, {});
    expect(granted).toHaveBeenCalledWith(false);
    expect(handlers.check({}, 'clipboard-read', 'app://fieldnotes', {})).toBe(false);
    expect(handlers.device({})).toBe(false);

    expect(cancelled(handlers, 'app://fieldnotes/index.html')).toBe(false);
    expect(cancelled(handlers, 'https://example.com/')).toBe(true);
    expect(cancelled(handlers, 'http://localhost:5173/')).toBe(true);

    const download = { preventDefault: vi.fn() };
    events['will-download'](download, { getURL: () => 'https://example.com/file.exe' });
    expect(download.preventDefault).toHaveBeenCalled();
    const ownExport = { preventDefault: vi.fn() };
    events['will-download'](ownExport, { getURL: () => 'blob:app://fieldnotes/0b8c0d4e-4a5e-4c61-9d0c-2f0c8e4d9a11' });
    expect(ownExport.preventDefault).not.toHaveBeenCalled();
    for (const url of ['blob:https://evil.example/x', 'blob:app://evil/x', 'data:text/plain,hi', 'app://fieldnotes/codebook.qdc']) {
      const other = { preventDefault: vi.fn() };
      events['will-download'](other, { getURL: () => url });
      expect(other.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('cancels app:// subresources a page of another origin asks for, judged by the requesting frame', () => {
    const { session, handlers } = fakeSession();
    installSessionSecurity(session);
    const script = 'app://fieldnotes/assets/index.js';
    expect(cancelled(handlers, script, { resourceType: 'script', frame: { origin: 'app://fieldnotes' } })).toBe(false);
    expect(cancelled(handlers, script, { resourceType: 'script', frame: { origin: 'null' } })).toBe(true);
    expect(cancelled(handlers, script, { resourceType: 'xhr', frame: { origin: 'http://localhost:5173' } })).toBe(true);
    // No frame (the browser's own request) or a frame already gone: nothing to judge by.
    expect(cancelled(handlers, script, { resourceType: 'script' })).toBe(false);
    expect(cancelled(handlers, script, { resourceType: 'script', frame: null })).toBe(false);
    // The window's first load comes from about:blank (an opaque origin); navigations are the guards' business.
    expect(cancelled(handlers, APP_ENTRY_URL, { resourceType: 'mainFrame', frame: { origin: 'null' } })).toBe(false);
  });

  it('lets the dev server through in dev mode', () => {
    const { session, handlers } = fakeSession();
    installSessionSecurity(session, { devServerUrl: DEV });
    expect(cancelled(handlers, 'http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancelled(handlers, 'https://example.com/')).toBe(true);
  });
});

describe('installWebContentsSecurity', () => {
  it('blocks navigation away, redirects, subframe navigation, webviews and new windows', () => {
    const { contents, emit, open } = fakeContents();
    installWebContentsSecurity(contents);

    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(emit(event, 'https://example.com/')).toBe(true);
      expect(emit(event, 'file:///etc/passwd')).toBe(true);
      expect(emit(event, 'app://fieldnotes/index.html')).toBe(false);
    }
    expect(emit('will-attach-webview')).toBe(true);
    expect(open()).toEqual({ action: 'deny' });
  });
});

describe('applySecurity', () => {
  it('hardens the session now and every web contents created later', () => {
    const { session, handlers } = fakeSession();
    let created: Listener | undefined;
    const app = { on: (event: string, h: Listener) => void (event === 'web-contents-created' && (created = h)) };
    applySecurity({ app: app as unknown as AppLike, session });

    expect(cancelled(handlers, 'https://example.com/')).toBe(true);
    expect(created).toBeTypeOf('function');
    const { contents, emit, open } = fakeContents();
    created!({}, contents);
    expect(emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(open()).toEqual({ action: 'deny' });
  });
});

describe('isForeignAppRequest', () => {
  it('concerns app:// URLs only and trusts the dev server’s pages only in dev mode', () => {
    const fromDev = { url: 'app://fieldnotes/assets/a.js', resourceType: 'script', frame: { origin: DEV } };
    expect(isForeignAppRequest(fromDev)).toBe(true);
    expect(isForeignAppRequest(fromDev, { devServerUrl: DEV })).toBe(false);
    expect(isForeignAppRequest({ url: 'https://example.com/', resourceType: 'script', frame: { origin: 'null' } })).toBe(false);
  });

  it('reads initiatorOrigin (documented in Electron 45) as well as the frame: either one foreign refuses', () => {
    const asset = { url: 'app://fieldnotes/assets/a.js', resourceType: 'xhr' };
    expect(isForeignAppRequest({ ...asset, initiatorOrigin: 'app://fieldnotes' })).toBe(false);
    expect(isForeignAppRequest({ ...asset, initiatorOrigin: 'null' })).toBe(true);
    expect(isForeignAppRequest({ ...asset, frame: { origin: 'app://fieldnotes' }, initiatorOrigin: 'https://example.com' })).toBe(true);
    expect(isForeignAppRequest({ ...asset, frame: null })).toBe(false);
  });
});

describe('launchPlan: which pages `npm start` and `npm run dev` trust', () => {
  const devUrl = 'http://localhost:5173';

  it('npm start (unpackaged production build) loads app:// with DevTools off, even with ELECTRON_RENDERER_URL set', () => {
    for (const rendererUrl of [undefined, devUrl, 'http://127.0.0.1:8080', 'https://evil.example']) {
      const plan = launchPlan({ isPackaged: false, devServerBuild: false, rendererUrl });
      expect(plan, String(rendererUrl)).toEqual({ policy: { devServerUrl: null }, entryUrl: 'app://fieldnotes/', devTools: false });
    }
  });

  it('a packaged app never trusts a dev server, whatever its build says', () => {
    const plan = launchPlan({ isPackaged: true, devServerBuild: true, rendererUrl: devUrl });
    expect(plan).toEqual({ policy: { devServerUrl: null }, entryUrl: 'app://fieldnotes/', devTools: false });
  });

  it('npm run dev trusts a loopback dev server, with DevTools; a non-loopback one is ignored', () => {
    expect(launchPlan({ isPackaged: false, devServerBuild: true, rendererUrl: `${devUrl}/` })).toEqual({
      policy: { devServerUrl: devUrl },
      entryUrl: `${devUrl}/`,
      devTools: true,
    });
    expect(launchPlan({ isPackaged: false, devServerBuild: true, rendererUrl: 'https://evil.example' }).policy.devServerUrl).toBeNull();
    expect(launchPlan({ isPackaged: false, devServerBuild: true, rendererUrl: undefined }).entryUrl).toBe('app://fieldnotes/');
  });

  it('the build sets the dev-server flag only for `electron-vite dev`', async () => {
    const { default: config } = await import('../../electron.vite.config');
    const flag = (command: 'serve' | 'build') => {
      const resolved = (config as (env: { command: string; mode: string }) => { main: { define: Record<string, string> } })({ command, mode: 'production' });
      return resolved.main.define.__FIELDNOTES_DEV_SERVER__;
    };
    expect(flag('serve')).toBe('true');
    expect(flag('build')).toBe('false');
  });
});
