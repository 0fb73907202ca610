import { describe, expect, it } from 'vitest';
import { httpTransport, takeLaunchToken } from '../../renderer/api/client';

// The browser-mode token is read from the launch address once, kept in this tab's session
// storage and taken out of the address (and its history entry) straight away.

function tab(href: string, stored: Record<string, string> = {}) {
  const url = new URL(href);
  const items = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const location = { pathname: url.pathname, search: url.search, hash: url.hash } as Location;
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) } as Storage;
  const history = { state: null, replaceState: (_s: unknown, _t: string, u: string) => void replaced.push(u) } as unknown as History;
  return { location, storage, history, items, replaced };
}

describe('takeLaunchToken', () => {
  it('takes the token from the launch address, stores it and rewrites the address without it', () => {
    const t = tab('http://127.0.0.1:5199/?token=abc&view=cases#top');
    expect(takeLaunchToken(t.location, t.storage, t.history)).toBe('abc');
    expect(t.items.get('fieldnotes.token')).toBe('abc');
    expect(t.replaced).toEqual(['/?view=cases#top']);
  });

  it('after a reload uses the stored token and leaves the address alone', () => {
    const t = tab('http://127.0.0.1:5199/', { 'fieldnotes.token': 'abc' });
    expect(takeLaunchToken(t.location, t.storage, t.history)).toBe('abc');
    expect(t.replaced).toEqual([]);
  });

  it('gives null in a tab without one (the page then says which address to open)', () => {
    const t = tab('http://127.0.0.1:5199/');
    expect(takeLaunchToken(t.location, t.storage, t.history)).toBeNull();
    const empty = tab('http://127.0.0.1:5199/?token=');
    expect(takeLaunchToken(empty.location, empty.storage, empty.history)).toBeNull();
    expect(empty.replaced).toEqual(['/']);
  });
});

describe('httpTransport', () => {
  it('sends the token in the X-Fieldnotes-Token header, never in the address', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: 1 }));
    }) as unknown as typeof fetch;
    expect(await httpTransport('abc', fakeFetch).call('workspace.info', {})).toEqual({ ok: true, value: 1 });
    expect(calls[0].url).toBe('/api/workspace.info');
    expect(calls[0].init.headers).toMatchObject({ 'content-type': 'application/json', 'x-fieldnotes-token': 'abc' });
    expect(calls[0].init.credentials).toBe('omit');
  });
});
