import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * The `app://fieldnotes/` scheme: serves the built renderer (out/renderer) and nothing
 * else. No Electron import here; index.ts hands in `protocol`.
 */

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every response the scheme sends, files and errors alike. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

const PREFIX = `${APP_ORIGIN}/`;

/**
 * Maps `app://fieldnotes/<path>` to a file under `rootDir`, or `null` when the URL is
 * not ours or tries to leave the root. Dot segments (plain or percent-encoded),
 * backslashes, encoded slashes, NUL, `:` (drive letters, NTFS streams) and leftover
 * `%` after decoding (double encoding) are refused outright rather than normalized.
 * `/` and any path ending in `/` serve that folder's index.html.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  if (!url.toLowerCase().startsWith(PREFIX)) return null;
  const end = url.search(/[?#]/);
  const rawPath = url.slice(PREFIX.length, end === -1 ? undefined : end);
  if (rawPath.includes('\\')) return null;

  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0:%]/.test(segment)) return null;
    segments.push(segment);
  }
  if (rawPath === '' || rawPath.endsWith('/')) segments.push('index.html');

  const root = resolve(rootDir);
  const filePath = join(root, ...segments);
  const rel = relative(root, filePath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return filePath;
}

/**
 * Who asked for an app:// resource, from two independent sources, both of which must agree:
 * - `request.initiatorOrigin`, which Electron 45's own API types document on protocol requests
 *   (absent for requests the browser started itself, "null" for an opaque origin), while older
 *   Electron releases hand over a plain Fetch `Request` without it;
 * - the Origin header, set by the browser, not the page: absent on the app's own GETs and on the
 *   window's first load, another origin's when a foreign page asks (Electron drops `Origin: null`;
 *   opaque frames are also refused by the session's request filter, `isForeignAppRequest`).
 */
export function isAllowedRequestOrigin(origin: string | null, initiatorOrigin?: unknown): boolean {
  const initiatorOk = initiatorOrigin === undefined || initiatorOrigin === APP_ORIGIN;
  return initiatorOk && (origin === null || origin === APP_ORIGIN);
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** The `protocol.handle` handler, as a plain Request -> Response function. */
export function createAppHandler(rootDir: string, readFile: ReadFile = fsReadFile) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method not allowed');
    if (!isAllowedRequestOrigin(request.headers.get('origin'), (request as { initiatorOrigin?: unknown }).initiatorOrigin)) {
      return errorResponse(403, 'Forbidden');
    }
    const filePath = resolveAppPath(rootDir, request.url);
    if (!filePath) return errorResponse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch {
      return errorResponse(404, 'Not found');
    }
    const headers = { ...securityHeaders(), 'Content-Type': mimeTypeFor(filePath) };
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}

export interface ProtocolLike {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/** Call once `app` is ready. `rootDir` is the built renderer folder (out/renderer). */
export function registerAppProtocol(protocol: ProtocolLike, rootDir: string, readFile?: ReadFile): void {
  protocol.handle(APP_SCHEME, createAppHandler(rootDir, readFile));
}
