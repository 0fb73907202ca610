import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createAppHandler,
  isAllowedRequestOrigin,
  mimeTypeFor,
  registerAppProtocol,
  resolveAppPath,
} from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/csp';

const ROOT = resolve('/srv/fieldnotes/out/renderer');

describe('resolveAppPath', () => {
  it('serves index.html for the root and for folders', () => {
    expect(resolveAppPath(ROOT, 'app://fieldnotes/')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://fieldnotes/?token=x#top')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://fieldnotes/assets/')).toBe(join(ROOT, 'assets', 'index.html'));
  });

  it('maps files under the root, ignoring query and fragment', () => {
    expect(resolveAppPath(ROOT, 'app://fieldnotes/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://fieldnotes/assets/index-abc123.js?v=2#x')).toBe(join(ROOT, 'assets', 'index-abc123.js'));
    expect(resolveAppPath(ROOT, 'app://fieldnotes/fonts/Noto%20Sans.woff2')).toBe(join(ROOT, 'fonts', 'Noto Sans.woff2'));
    expect(resolveAppPath(ROOT, 'APP://FIELDNOTES/index.html')).toBe(join(ROOT, 'index.html'));
  });

  it.each([
    'app://fieldnotes/../../etc/passwd',
    'app://fieldnotes/assets/../../../etc/passwd',
    'app://fieldnotes/./index.html',
    'app://fieldnotes/%2e%2e/%2e%2e/etc/passwd',
    'app://fieldnotes/%2E%2E/etc/passwd',
    'app://fieldnotes/.%2e/etc/passwd',
    'app://fieldnotes/%2e./etc/passwd',
    'app://fieldnotes/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://fieldnotes/..%5c..%5cetc%5cpasswd',
    'app://fieldnotes/..\\..\\etc\\passwd',
    'app://fieldnotes/assets\\..\\..\\secret.txt',
    'app://fieldnotes/%252e%252e/%252e%252e/etc/passwd',
    'app://fieldnotes/index.html%00.png',
    'app://fieldnotes/C:/Windows/win.ini',
    'app://fieldnotes/C%3A%5CWindows%5Cwin.ini',
    'app://fieldnotes/index.html:secret',
    'app://fieldnotes/%E0%A4%A',
    'app://fieldnotes/%2fetc%2fpasswd',
  ])('refuses traversal %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it.each([
    'app://evil/index.html',
    'app://fieldnotes.evil.com/index.html',
    'app://fieldnotes:8080/index.html',
    'app://user@fieldnotes/index.html',
    'app:fieldnotes/index.html',
    'file:///etc/passwd',
    'https://fieldnotes/index.html',
    'http://localhost:5173/index.html',
    '',
  ])('refuses a URL that is not ours: %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('never returns a path outside the root', () => {
    const probes = ['a/b', 'x%2F..%2F..', '....//....//etc', '.../...', 'a/./b', '%2e%2e%2f%2e%2e'];
    for (const p of probes) {
      const out = resolveAppPath(ROOT, `app://fieldnotes/${p}`);
      if (out !== null) expect(out.startsWith(ROOT + sep)).toBe(true);
    }
  });
});

describe('mimeTypeFor', () => {
  it('knows the renderer build’s file types', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.PNG')).toBe('image/png');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('/x/a.wasm')).toBe('application/wasm');
  });

  it('falls back to an opaque type', () => {
    expect(mimeTypeFor('/x/a.unknown')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/Makefile')).toBe('application/octet-stream');
  });
});

describe('isAllowedRequestOrigin', () => {
  it('accepts no Origin header (the window itself, the app’s own GETs) and the app, nothing else', () => {
    expect(isAllowedRequestOrigin(null)).toBe(true);
    expect(isAllowedRequestOrigin('app://fieldnotes')).toBe(true);
    expect(isAllowedRequestOrigin('null')).toBe(false);
    expect(isAllowedRequestOrigin('https://example.com')).toBe(false);
    expect(isAllowedRequestOrigin('http://localhost:5173')).toBe(false);
    expect(isAllowedRequestOrigin('app://evil')).toBe(false);
    // Electron 45 documents request.initiatorOrigin too: a foreign or opaque initiator is refused
    // even when the Origin header is absent, and the app's own passes.
    expect(isAllowedRequestOrigin(null, 'app://fieldnotes')).toBe(true);
    expect(isAllowedRequestOrigin(null, 'https://example.com')).toBe(false);
    expect(isAllowedRequestOrigin(null, 'null')).toBe(false);
    expect(isAllowedRequestOrigin('https://example.com', 'app://fieldnotes')).toBe(false);
  });
});

/**
 * The Request exactly as Electron 45's protocol.handle builds it from its ProtocolRequest
 * (lib/browser/api/protocol.ts: url, method, headers, referrer; `Origin: null` dropped). It has no
 * `initiatorOrigin` or other initiator property; the browser-set Origin header is what tells.
 */
function electronRequest(url: string, headers: Record<string, string> = {}, method = 'GET'): Request {
  const h = new Headers(headers);
  if (h.get('origin') === 'null') h.delete('origin');
  return new Request(url, { headers: h, method, referrer: '' });
}

describe('createAppHandler (on a real folder)', () => {
  let base: string;
  let root: string;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'fieldnotes-protocol-'));
    root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Fieldnotes</title>');
    writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
    writeFileSync(join(root, 'assets', 'app-1.css'), 'body{}');
    writeFileSync(join(base, 'secret.txt'), 'TOP SECRET');
  });

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string, init: RequestInit = {}) => new Request(url, init);

  function expectHardened(response: Response) {
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  }

  it('serves index.html for / with the CSP and nosniff', async () => {
    const response = await createAppHandler(root)(get('app://fieldnotes/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectHardened(response);
    expect(await response.text()).toContain('<title>Fieldnotes</title>');
  });

  it('serves assets with their MIME types', async () => {
    const handler = createAppHandler(root);
    const js = await handler(electronRequest('app://fieldnotes/assets/app-1.js', { origin: 'app://fieldnotes' }));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expectHardened(js);
    expect(await js.text()).toBe('console.log(1)');
    const css = await handler(get('app://fieldnotes/assets/app-1.css'));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 (still hardened) for missing files', async () => {
    const response = await createAppHandler(root)(get('app://fieldnotes/assets/missing.js'));
    expect(response.status).toBe(404);
    expectHardened(response);
  });

  it('never reads outside the root', async () => {
    const reads: string[] = [];
    const spyRead = vi.fn(async (p: string) => {
      reads.push(p);
      return readFile(p);
    });
    const handler = createAppHandler(root, spyRead);
    for (const url of [
      'app://fieldnotes/../secret.txt',
      'app://fieldnotes/%2e%2e/secret.txt',
      'app://fieldnotes/assets/..%2f..%2fsecret.txt',
      'app://fieldnotes/..%5csecret.txt',
    ]) {
      const response = await handler(get(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('TOP SECRET');
    }
    for (const p of reads) expect(p.startsWith(root + sep)).toBe(true);
  });

  it('refuses other hosts', async () => {
    const response = await createAppHandler(root)(get('app://evil/index.html'));
    expect(response.status).toBe(404);
  });

  it('refuses requests another origin started, as Electron hands them over', async () => {
    const handler = createAppHandler(root);
    const foreign = electronRequest('app://fieldnotes/index.html', { origin: 'https://example.com' });
    expect('initiatorOrigin' in foreign).toBe(false);
    expect((await handler(foreign)).status).toBe(403);
    expect((await handler(electronRequest('app://fieldnotes/index.html', { origin: 'http://localhost:5173' }))).status).toBe(403);
    // The window's first load and the app's own requests carry no Origin, or the app's.
    expect((await handler(electronRequest('app://fieldnotes/'))).status).toBe(200);
    expect((await handler(electronRequest('app://fieldnotes/index.html', { origin: 'app://fieldnotes' }))).status).toBe(200);
  });

  it('allows only GET and HEAD', async () => {
    const handler = createAppHandler(root);
    const post = await handler(get('app://fieldnotes/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expectHardened(post);
    const head = await handler(get('app://fieldnotes/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('registerAppProtocol', () => {
  it('registers one handler for the app scheme', async () => {
    const handle = vi.fn();
    registerAppProtocol({ handle }, '/nowhere', async () => new TextEncoder().encode('<html>'));
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle.mock.calls[0][0]).toBe('app');
    const response: Response = await handle.mock.calls[0][1](new Request('app://fieldnotes/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<html>');
  });
});
