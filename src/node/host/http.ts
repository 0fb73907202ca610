import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Registry } from '../api/registry';
import {
  isAllowedHost,
  isAllowedOrigin,
  isJsonContentType,
  MAX_BODY_BYTES,
  presentedToken,
  statusForError,
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

function refuse(res: ServerResponse, status: number, code: 'invalid_input' | 'too_large', message: string): void {
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
 * Browser mode: the renderer and POST /api/:method on 127.0.0.1 only. Wrong Host -> 403 for
 * everything. The page shell and its assets hold no data and load without the token; every API
 * call needs the per-launch token in the X-Fieldnotes-Token header (missing, wrong, or sent as
 * ?token= -> 401), a same-origin Origin (403), Content-Type application/json (415) and a body
 * within the limit (413). No response sets a cookie.
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
      if (url.pathname.startsWith('/api/')) return await handleApi(req, res, url, port);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      const file = await readStatic(options.staticDir, url.pathname);
      if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      return send(res, 200, file.body, file.type);
    } catch (error) {
      if (!res.headersSent) sendResult(res, 500, { ok: false, error: { code: 'internal', message: `Fieldnotes could not answer: ${(error as Error).message}` } });
    }
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, port: number): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'invalid_input', 'API calls are POST requests with a JSON body.');
    if (!isAllowedOrigin(req.headers.origin, port)) return send(res, 403, 'Forbidden: request from another origin.', 'text/plain; charset=utf-8');
    const { token, inQuery } = presentedToken(req, url);
    if (inQuery) {
      return refuse(res, 401, 'invalid_input', 'The access token was sent in the address, where it could be logged; it was refused. API calls carry it in the X-Fieldnotes-Token header.');
    }
    if (!tokenMatches(token, options.token)) {
      return refuse(res, 401, 'invalid_input', 'This page has no valid access token. Open Fieldnotes with the address it printed when it started.');
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      return refuse(res, 415, 'invalid_input', 'API calls must have Content-Type: application/json (UTF-8).');
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
