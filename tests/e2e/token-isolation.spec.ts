import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startServer, type BrowserModeServer } from './server';

// The browser-mode token stays with the tab that opened the printed address: no cookie (cookies
// are shared by every port of 127.0.0.1), nothing in the address bar once the app has loaded, no
// Referer. Another local service, on another port of the same browser, receives none of it.

let server: BrowserModeServer;
let other: Server;
let otherOrigin: string;
const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];

test.beforeEach(async () => {
  server = await startServer();
  seen.length = 0;
  other = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Another local service</title><img src="/pixel.png" alt="">');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

test.afterEach(async () => {
  other?.closeAllConnections();
  await new Promise((resolve) => other?.close(resolve));
  await server?.stop();
});

const token = () => new URL(server.url).searchParams.get('token')!;

/** Every response browser mode sends in this context, to check that none sets a cookie. */
function recordSetCookies(context: BrowserContext): string[] {
  const setCookies: string[] = [];
  context.on('response', async (response) => {
    if (!response.url().startsWith(`${server.origin}/`)) return;
    const value = await response.headerValue('set-cookie');
    if (value !== null) setCookies.push(`${response.url()}: ${value}`);
  });
  return setCookies;
}

async function expectApp(page: Page) {
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
}

/** A fresh browser context on the printed address, recording any Set-Cookie browser mode sends. */
async function openApp(browser: Browser) {
  const context = await browser.newContext();
  const setCookies = recordSetCookies(context);
  const page = await context.newPage();
  await page.goto(server.url);
  await expectApp(page);
  return { context, setCookies, page };
}

/** Nothing the other service received mentions the token or carries a cookie. */
function expectNothingLeaked() {
  expect(seen.length).toBeGreaterThan(0);
  for (const request of seen) {
    expect(request.headers.cookie, request.url).toBeUndefined();
    expect(JSON.stringify(request), request.url).not.toContain(token());
    expect(request.headers.referer ?? '', request.url).not.toContain(server.origin);
  }
}

test('another port of 127.0.0.1 receives no cookie, no token and no Referer from the app', async ({ browser }) => {
  const { context, setCookies, page } = await openApp(browser);
  // The token has left the address bar (and the history entry) at once.
  await expect(page).toHaveURL(`${server.origin}/`);

  // Typed into the same browser: a top-level visit to the other port.
  await page.goto(`${otherOrigin}/typed`);
  await expect(page).toHaveTitle('Another local service');
  // Going back finds the app working again, without the token in the address.
  await page.goBack();
  await expectApp(page);
  await expect(page).toHaveURL(`${server.origin}/`);
  // Left from inside the app (a link, a redirect): no Referer either.
  await page.evaluate((url) => (window.location.href = url), `${otherOrigin}/from-app`);
  await expect(page).toHaveTitle('Another local service');
  expect(seen.map((r) => r.url)).toEqual(expect.arrayContaining(['/typed', '/from-app', '/pixel.png']));
  expectNothingLeaked();
  expect(setCookies).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('a reload keeps working in the same tab; a new tab without the token says what to open', async ({ browser }) => {
  const { context, setCookies, page } = await openApp(browser);
  await page.reload();
  await expectApp(page);
  await expect(page).toHaveURL(`${server.origin}/`);

  const fresh = await context.newPage();
  await fresh.goto(`${server.origin}/`);
  await expect(fresh.getByRole('heading', { name: 'Open Fieldnotes with the address it printed' })).toBeVisible();
  await expect(fresh.getByRole('heading', { name: 'Your library is empty' })).toBeHidden();

  // The API takes the token only from the header: a ?token= in an API address is refused, right or not.
  const answers = await page.evaluate(async (secret) => {
    const post = (path: string, headers: Record<string, string>) =>
      fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' }).then(async (r) => ({ status: r.status, body: await r.json() }));
    return {
      header: await post('/api/workspace.info', { 'x-fieldnotes-token': secret }),
      query: await post(`/api/workspace.info?token=${secret}`, {}),
      none: await post('/api/workspace.info', {}),
    };
  }, token());
  expect(answers.header.status).toBe(200);
  expect(answers.query).toMatchObject({ status: 401, body: { ok: false, error: { message: expect.stringMatching(/sent in the address/) } } });
  expect(answers.none.status).toBe(401);
  expect(setCookies).toEqual([]);
  await context.close();
});
