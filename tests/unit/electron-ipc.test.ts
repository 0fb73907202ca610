import { describe, expect, it, vi } from 'vitest';
import {
  handleIpcCall,
  registerIpc,
  trustedSenderUrl,
  type InvokeEventLike,
  type RegistryLike,
} from '../../electron/main/ipc';
import { IPC_CHANNEL } from '../../src/shared/api/contract';
import type { ApiResult } from '../../src/shared/api/errors';

const APP = 'app://fieldnotes/index.html';

/** A stand-in registry; the real one is tested on a real database in tests/integration. */
function fakeRegistry(answer: ApiResult<unknown> | (() => Promise<ApiResult<unknown>>) = { ok: true, value: { fine: 1 } }) {
  const call = vi.fn(async (_method: unknown, _input: unknown) => (typeof answer === 'function' ? answer() : answer));
  return { registry: { call } satisfies RegistryLike, call };
}

describe('handleIpcCall: sender', () => {
  it.each([
    ['no frame', null],
    ['undefined', undefined],
    ['a web page', 'https://example.com/'],
    ['a file', 'file:///tmp/evil.html'],
    ['another app host', 'app://evil/index.html'],
    ['the dev server in production', 'http://localhost:5173/'],
    ['about:blank', 'about:blank'],
    ['a data: page', 'data:text/html,hi'],
  ])('refuses %s with an error result', async (_label, senderUrl) => {
    const { registry, call } = fakeRegistry();
    const result = await handleIpcCall(registry, senderUrl, { method: 'workspace.info', input: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(/did not come from the Fieldnotes window/);
    }
    expect(call).not.toHaveBeenCalled();
  });

  it('accepts the dev server only in dev mode', async () => {
    const { registry, call } = fakeRegistry();
    const policy = { devServerUrl: 'http://localhost:5173' };
    const result = await handleIpcCall(registry, 'http://localhost:5173/', { method: 'workspace.info', input: {} }, policy);
    expect(result.ok).toBe(true);
    expect(call).toHaveBeenCalledOnce();
  });
});

describe('handleIpcCall: payload', () => {
  it('answers unknown_method for a method the contract does not have', async () => {
    const { registry, call } = fakeRegistry();
    for (const method of ['nope', 'articles.drop', '__proto__', 'constructor', 'toString']) {
      const result = await handleIpcCall(registry, APP, { method, input: {} });
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(call).not.toHaveBeenCalled();
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'workspace.info'],
    ['an array', ['workspace.info', {}]],
    ['no method', { input: {} }],
    ['a numeric method', { method: 42, input: {} }],
    ['an empty method', { method: '', input: {} }],
    ['a very long method', { method: 'x'.repeat(500), input: {} }],
    ['extra keys', { method: 'workspace.info', input: {}, sender: 'me' }],
  ])('answers invalid_input for %s', async (_label, payload) => {
    const { registry, call } = fakeRegistry();
    const result = await handleIpcCall(registry, APP, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(call).not.toHaveBeenCalled();
  });
});

describe('handleIpcCall: forwarding', () => {
  it('forwards a valid call to the registry and returns its result unchanged', async () => {
    const { registry, call } = fakeRegistry({ ok: true, value: { articleCount: 3 } });
    const input = { filter: 'coast', sort: 'capturedAt' };
    const result = await handleIpcCall(registry, APP, { method: 'articles.list', input });
    expect(call).toHaveBeenCalledWith('articles.list', input);
    expect(result).toEqual({ ok: true, value: { articleCount: 3 } });
  });

  it('passes registry errors through', async () => {
    const error = { ok: false as const, error: { code: 'not_found' as const, message: 'No such article.' } };
    const { registry } = fakeRegistry(error);
    expect(await handleIpcCall(registry, APP, { method: 'articles.get', input: { id: 'x' } })).toEqual(error);
  });

  it('forwards a missing input as undefined (the registry validates it)', async () => {
    const { registry, call } = fakeRegistry();
    await handleIpcCall(registry, APP, { method: 'workspace.info' });
    expect(call).toHaveBeenCalledWith('workspace.info', undefined);
  });

  it('never lets a throw or a stack cross IPC', async () => {
    const { registry } = fakeRegistry(async () => {
      throw new Error('boom at /home/me/secret/path.ts:12');
    });
    const result = await handleIpcCall(registry, APP, { method: 'workspace.info', input: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/boom|secret|\.ts:/);
  });

  it('turns a malformed registry answer into an internal error', async () => {
    const { registry } = fakeRegistry(async () => 'not a result' as unknown as ApiResult<unknown>);
    const result = await handleIpcCall(registry, APP, { method: 'workspace.info', input: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('trustedSenderUrl', () => {
  const contents = { id: 7, mainFrame: { processId: 3, routingId: 1 } };
  const event = (over: Partial<InvokeEventLike['senderFrame'] & object> = {}, senderId = 7): InvokeEventLike => ({
    sender: { id: senderId },
    senderFrame: { url: APP, parent: null, processId: 3, routingId: 1, ...over },
  });

  it('gives the URL of our window’s main frame', () => {
    expect(trustedSenderUrl(event(), contents)).toBe(APP);
  });

  it('refuses subframes, other web contents, other frames, missing frames and no window', () => {
    expect(trustedSenderUrl(event({ parent: {} }), contents)).toBeNull();
    expect(trustedSenderUrl(event({}, 8), contents)).toBeNull();
    expect(trustedSenderUrl(event({ routingId: 2 }), contents)).toBeNull();
    expect(trustedSenderUrl(event({ processId: 4 }), contents)).toBeNull();
    expect(trustedSenderUrl({ sender: { id: 7 }, senderFrame: null }, contents)).toBeNull();
    expect(trustedSenderUrl(event(), null)).toBeNull();
  });
});

describe('registerIpc', () => {
  function setup() {
    let listener: ((event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) | undefined;
    const handle = vi.fn((channel: string, l: typeof listener) => {
      expect(channel).toBe(IPC_CHANNEL);
      listener = l;
    });
    const { registry, call } = fakeRegistry();
    const contents = { id: 1, mainFrame: { processId: 2, routingId: 3 } };
    registerIpc({ handle }, registry, () => contents);
    const ours: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: APP, parent: null, processId: 2, routingId: 3 } };
    return { handle, call, invoke: (event: InvokeEventLike, ...args: unknown[]) => listener!(event, ...args), ours };
  }

  it('handles exactly one channel', () => {
    const { handle } = setup();
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('forwards a call from our main frame', async () => {
    const { invoke, ours, call } = setup();
    expect(await invoke(ours, { method: 'workspace.info', input: {} })).toEqual({ ok: true, value: { fine: 1 } });
    expect(call).toHaveBeenCalledWith('workspace.info', {});
  });

  it('refuses a subframe even when its URL is the app', async () => {
    const { invoke, ours, call } = setup();
    const sub = { ...ours, senderFrame: { ...ours.senderFrame!, parent: {}, routingId: 9 } };
    expect(await invoke(sub, { method: 'workspace.info', input: {} })).toMatchObject({ ok: false });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    const { invoke, ours } = setup();
    expect(await invoke(ours, { method: 'workspace.info', input: {} }, 'more')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('answers with an error result even if reading the event throws', async () => {
    const { invoke } = setup();
    const hostile = {
      sender: { id: 1 },
      get senderFrame(): never {
        throw new Error('frame destroyed');
      },
    } as InvokeEventLike;
    expect(await invoke(hostile, { method: 'workspace.info', input: {} })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('the save dialog hook for exports', () => {
  it('asks the system dialog for our page only, with a plain file name, and gives back the chosen path', async () => {
    const { chooseSavePath, SAVE_PATH_CHANNEL } = await import('../../electron/main/save-dialog');
    const show = vi.fn(async (o: { defaultPath: string }) => ({ canceled: false, filePath: o.defaultPath.replace('.docx', '-final.docx') }));
    expect(await chooseSavePath(APP, 'coastal-killings.team.docx', show, '/home/r/Documents')).toBe('/home/r/Documents/coastal-killings.team-final.docx');
    expect(show).toHaveBeenCalledWith({ defaultPath: '/home/r/Documents/coastal-killings.team.docx' });
    expect(await chooseSavePath('https://example.com/', 'x.docx', show, '/d')).toBeNull();
    expect(await chooseSavePath(APP, '../../etc/passwd', show, '/d')).toBeNull();
    expect(await chooseSavePath(APP, 42, show, '/d')).toBeNull();
    expect(show).toHaveBeenCalledTimes(1);
    expect(await chooseSavePath(APP, 'x.docx', async () => ({ canceled: true }), '/d')).toBeNull();
    // The sandboxed preload cannot import the constant: it names the same channel.
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(new URL('../../electron/preload/index.ts', import.meta.url), 'utf8')).toContain(`'${SAVE_PATH_CHANNEL}'`);
  });
});
