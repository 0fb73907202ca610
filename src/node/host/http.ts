import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Registry } from '../api/registry';
import {
  isAllowedHost,
  isAllowedOrigin,
  MAX_BODY_BYTES,
  presentedToken,
  statusForError,
  TOKEN_COOKIE,
  tokenMatches,
} from './http-policy';
import { readStatic } from './static-files';

export interface WebServerOptions {
  registry: Registry;
  staticDir: string;
  token: string;
  maxBodyBytes?: number;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function refuse(res: ServerResponse, status: number, code: 'invalid_input' | 'too_large' | 'not_found', message: string): void {
  sendResult(res, status, { ok: false, error: { code, message } });
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the renderer and POST /api/:method on 127.0.0.1 only, behind a per-launch token.
 * Wrong Host -> 403, missing/wrong token -> 401, foreign Origin -> 403, oversized body -> 413.
 */
export function createWebServer(options: WebServerOptions): Server {
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const server = createServer(async (req, res) => {
    try {
      const port = (server.address() as AddressInfo).port;
      if (!isAllowedHost(req.headers.host, port)) {
        return send(res, 403, 'Forbidden: Fieldnotes answers only on 127.0.0.1 and localhost.', 'text/plain; charset=utf-8');
      }
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const { token, fromQuery } = presentedToken(req, url);
      if (!tokenMatches(token, options.token)) {
        return send(res, 401, 'Unauthorized: open Fieldnotes with the address it printed when it started (it carries a token).', 'text/plain; charset=utf-8');
      }
      if (url.pathname.startsWith('/api/')) return await handleApi(req, res, url, port);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      const file = await readStatic(options.staticDir, url.pathname);
      if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      const cookie = fromQuery ? { 'Set-Cookie': `${TOKEN_COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/` } : undefined;
      return send(res, 200, file.body, file.type, cookie);
    } catch (error) {
      if (!res.headersSent) sendResult(res, 500, { ok: false, error: { code: 'internal', message: `Fieldnotes could not answer: ${(error as Error).message}` } });
    }
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, port: number): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'invalid_input', 'API calls are POST requests with a JSON body.');
    if (!isAllowedOrigin(req.headers.origin, port)) return send(res, 403, 'Forbidden: request from another origin.', 'text/plain; charset=utf-8');
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return refuse(res, 415, 'invalid_input', 'API calls must have Content-Type: application/json.');
    }
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        return refuse(res, 413, 'too_large', `The request is larger than ${Math.round(limit / 1048576)} MB. Files over 50 MB cannot be imported.`);
      }
      throw error;
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return refuse(res, 400, 'invalid_input', 'The request body is not valid JSON.');
    }
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      return refuse(res, 400, 'invalid_input', 'The method name in the address is not valid (a broken %-escape).');
    }
    const result = await options.registry.call(method, input);
    sendResult(res, result.ok ? 200 : statusForError(result.error.code), result);
  }

  return server;
}
