import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ErrorCode } from '../../shared/api/errors';
import { MAX_IMPORT_BASE64 } from '../../shared/schemas/article';

/** Largest request body: a 50 MB file as base64 plus room for the JSON around it. */
export const MAX_BODY_BYTES = MAX_IMPORT_BASE64 + 1024 * 1024;
export const TOKEN_HEADER = 'x-fieldnotes-token';

/** Only the loopback names, on our own port: defeats DNS rebinding. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** A request from a page on another origin is refused even if it carries the token. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * API calls carry the token in the X-Fieldnotes-Token header only. It never travels in a cookie
 * (cookies are shared by every port of 127.0.0.1) and a ?token= on an API address is refused,
 * even when right, so that it cannot end up in logs or histories through API URLs.
 */
export function presentedToken(req: IncomingMessage, url: URL): { token: string | null; inQuery: boolean } {
  const header = req.headers[TOKEN_HEADER];
  return { token: typeof header === 'string' ? header : null, inQuery: url.searchParams.has('token') };
}

/** Exactly `application/json`, optionally with `charset=utf-8` (the body is read as UTF-8). */
export function isJsonContentType(contentType: string | undefined): boolean {
  return /^application\/json\s*(;\s*charset\s*=\s*("utf-8"|utf-8)\s*)?$/i.test(contentType ?? '');
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
