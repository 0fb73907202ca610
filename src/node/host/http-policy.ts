import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ErrorCode } from '../../shared/api/errors';
import { MAX_IMPORT_BASE64 } from '../../shared/schemas/article';

/** Largest request body: a 50 MB file as base64 plus room for the JSON around it. */
export const MAX_BODY_BYTES = MAX_IMPORT_BASE64 + 1024 * 1024;
export const TOKEN_COOKIE = 'fieldnotes_token';
export const TOKEN_HEADER = 'x-fieldnotes-token';

/** Only the loopback names, on our own port: defeats DNS rebinding. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** A request from a page on another origin is refused even if it carries the cookie. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

/** The token may come as a header (API client), a cookie (set on first load) or ?token= (the launch URL). */
export function presentedToken(req: IncomingMessage, url: URL): { token: string | null; fromQuery: boolean } {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string') return { token: header, fromQuery: false };
  const cookie = cookieValue(req.headers.cookie, TOKEN_COOKIE);
  if (cookie) return { token: cookie, fromQuery: false };
  const query = url.searchParams.get('token');
  return { token: query, fromQuery: query !== null };
}

export function tokenMatches(presented: string | null, expected: string): boolean {
  return presented !== null && sameSecret(presented, expected);
}

export function statusForError(code: ErrorCode): number {
  const map: Record<ErrorCode, number> = {
    invalid_input: 400,
    not_found: 404,
    conflict: 409,
    unsupported_type: 415,
    too_large: 413,
    cancelled: 409,
    unknown_method: 404,
    newer_database: 409,
    damaged_database: 503,
    internal: 500,
  };
  return map[code];
}
