import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer } from '../../src/node/host/http';
import { databaseFingerprint, tempWorkspace } from '../helpers/workspace';

const TOKEN = 'test-token-0123456789abcdef';
let t: ReturnType<typeof tempWorkspace>;
let server: Server;
let port: number;

beforeAll(async () => {
  t = tempWorkspace();
  const staticDir = join(t.dir, 'web');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Fieldnotes</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(t.dir, 'secret.txt'), 'outside the web root');
  server = createWebServer({ registry: t.registry, staticDir, token: TOKEN, maxBodyBytes: 64 * 1024 });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  t.remove();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' || (e as NodeJS.ErrnoException).code === 'EPIPE' ? resolve({ status: 413, headers: {}, body: '' }) : reject(e)));
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send({ path: `/api/${method}`, method: 'POST', headers: { 'content-type': 'application/json', 'x-fieldnotes-token': TOKEN, ...headers }, body: JSON.stringify(input) });

describe('browser mode HTTP server', () => {
  it('serves the page shell and its assets without the token, with the strict CSP and no cookie', async () => {
    for (const path of [`/?token=${TOKEN}`, '/', '/assets/app.js', '/cases/some-view']) {
      const res = await send({ path });
      expect(res.status, path).toBe(200);
      expect(res.headers['set-cookie'], path).toBeUndefined();
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
    expect((await send({ path: '/' })).body).toContain('<title>Fieldnotes</title>');
    expect((await send({ path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
  });

  it('answers API calls only with the token in the X-Fieldnotes-Token header (401 otherwise, with a sentence)', async () => {
    const noToken = await send({ path: '/api/workspace.info', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Open Fieldnotes with the address it printed/) } });
    expect((await api('workspace.info', {}, { 'x-fieldnotes-token': 'x'.repeat(TOKEN.length) })).status).toBe(401);
    // The cookie of earlier versions opens nothing any more.
    const cookieOnly = await send({ path: '/api/workspace.info', method: 'POST', headers: { 'content-type': 'application/json', cookie: `fieldnotes_token=${TOKEN}` }, body: '{}' });
    expect(cookieOnly.status).toBe(401);
    expect((await api('workspace.info', {})).status).toBe(200);
  });

  it('refuses a token in the query string of an API call, even the right one and even with the header', async () => {
    const query = await send({ path: `/api/workspace.info?token=${TOKEN}`, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(query.status).toBe(401);
    expect(JSON.parse(query.body).error.message).toMatch(/sent in the address/);
    const both = await send({ path: `/api/workspace.info?token=${TOKEN}`, method: 'POST', headers: { 'content-type': 'application/json', 'x-fieldnotes-token': TOKEN }, body: '{}' });
    expect(both.status).toBe(401);
    expect(both.body).not.toContain(TOKEN);
  });

  it('accepts exactly application/json, with an optional UTF-8 charset (415 otherwise)', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8', 'application/json; charset="utf-8"']) {
      expect((await api('workspace.info', {}, { 'content-type': type })).status, type).toBe(200);
    }
    for (const type of ['application/json-patch+json', 'application/jsonp', 'application/json; charset=latin1', 'application/json, text/plain', 'application/json; boundary=x', 'text/plain', 'x-application/json']) {
      const res = await api('workspace.info', {}, { 'content-type': type });
      expect(res.status, type).toBe(415);
      expect(JSON.parse(res.body).error.message).toMatch(/Content-Type: application\/json/);
    }
  });

  it('refuses a Host header that is not 127.0.0.1 or localhost (403), token or not', async () => {
    for (const host of ['evil.example', `attacker.test:${port}`, `127.0.0.1:${port + 1}`, `0.0.0.0:${port}`, `127.0.0.1.evil.example:${port}`]) {
      expect((await send({ path: '/', headers: { host } })).status, host).toBe(403);
      expect((await api('workspace.info', {}, { host })).status, host).toBe(403);
    }
    expect((await send({ path: '/', headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it('refuses an API call from another origin (403)', async () => {
    const res = await api('workspace.info', {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await api('workspace.info', {}, { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('refuses a body over the limit (413) and writes nothing', async () => {
    const before = databaseFingerprint(t.ws);
    const res = await api('articles.importText', { text: 'x'.repeat(100 * 1024) });
    expect(res.status).toBe(413);
    expect(databaseFingerprint(t.ws)).toBe(before);
  });

  it('runs API calls through the registry and maps error codes to statuses', async () => {
    const created = await api('articles.importText', { text: 'Over 1,000 people were killed.', title: 'Via HTTP' });
    expect(created.status).toBe(200);
    const body = JSON.parse(created.body);
    expect(body).toMatchObject({ ok: true, value: { duplicate: false, article: { title: 'Via HTTP' } } });
    const invalid = await api('articles.get', { id: 'nope' });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await api('articles.get', { id: crypto.randomUUID() })).status).toBe(404);
    expect((await api('no.such.method', {})).status).toBe(404);
    const malformed = await send({ path: '/api/workspace.info', method: 'POST', headers: { 'content-type': 'application/json', 'x-fieldnotes-token': TOKEN }, body: '{not json' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.message).toMatch(/not valid JSON/);
    const wrongType = await send({ path: '/api/workspace.info', method: 'POST', headers: { 'content-type': 'text/plain', 'x-fieldnotes-token': TOKEN }, body: '{}' });
    expect(wrongType.status).toBe(415);
    const brokenEscape = await api('%E0', {});
    expect(brokenEscape.status).toBe(400);
    expect(JSON.parse(brokenEscape.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('never serves files outside the web root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt', '/%00']) {
      const res = await send({ path });
      expect(res.body, path).not.toContain('outside the web root');
    }
  });
});
