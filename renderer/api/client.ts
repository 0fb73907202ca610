import type { ApiErrorBody, ApiResult, ErrorCode } from '../../src/shared/api/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';

/** How a call reaches the core: the Electron preload bridge, or HTTP in browser mode. */
export interface Transport {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    fieldnotes?: {
      call(method: string, input: unknown): Promise<ApiResult<unknown>>;
      /** Desktop app only: the system's save dialog; the chosen path, or null when cancelled. */
      chooseSavePath?(defaultName: string): Promise<string | null>;
    };
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiErrorBody['issues'];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues;
  }
}

export function bridgeTransport(bridge: NonNullable<Window['fieldnotes']>): Transport {
  return { call: (method, input) => bridge.call(method, input) };
}

const TOKEN_KEY = 'fieldnotes.token';
const TOKEN_HEADER = 'x-fieldnotes-token';

/**
 * Browser mode: the launch URL carries ?token=…. It is read once, kept in this tab's
 * sessionStorage (per origin, so no other port of 127.0.0.1 sees it; never a cookie) and taken
 * out of the address bar and the history entry at once, so a reload keeps working and the URL
 * left behind holds no secret. `null` when neither the address nor this tab has one.
 */
export function takeLaunchToken(loc: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(loc.search);
  const fromUrl = params.get('token');
  if (params.has('token')) {
    params.delete('token');
    const rest = params.toString();
    history.replaceState(history.state, '', loc.pathname + (rest ? `?${rest}` : '') + loc.hash);
  }
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) || null;
}

export function httpTransport(token: string, fetchImpl: typeof fetch = fetch): Transport {
  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          // The header is the only credential: no cookie of any other local service rides along.
          credentials: 'omit',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'internal', message: 'The Fieldnotes server is not answering. Is browser mode still running?' } };
      }
      const body = (await response.json().catch(() => null)) as ApiResult<unknown> | null;
      if (body && typeof body === 'object' && 'ok' in body) return body;
      return { ok: false, error: { code: 'internal', message: `The server answered ${response.status} without a result.` } };
    },
  };
}

/** The one API client: typed by the shared contract, throws ApiError on a failed call. */
export function createClient(transport: Transport) {
  return {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const result = await transport.call(method, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.value as MethodOutput<M>;
    },
  };
}

export type Client = ReturnType<typeof createClient>;

/** The bridge in Electron; HTTP with this tab's token in browser mode; `null` when the tab has no token. */
export function defaultTransport(): Transport | null {
  if (window.fieldnotes) return bridgeTransport(window.fieldnotes);
  const token = takeLaunchToken(window.location, window.sessionStorage, window.history);
  return token ? httpTransport(token) : null;
}
