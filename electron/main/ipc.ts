import { z } from 'zod';
import { IPC_CHANNEL, isMethodName } from '../../src/shared/api/contract';
import { describeZodError, summarizeIssues, type ApiErrorBody, type ApiResult } from '../../src/shared/api/errors';
import { isTrustedPageUrl, PRODUCTION_POLICY, type SecurityPolicy } from './security';

/**
 * The one IPC channel. The renderer sends `{ method, input }`; the main process checks
 * who sent it and its shape, then hands it to the registry, which validates input and
 * output against the shared contract. Always answers with an ApiResult; never throws
 * across IPC. No Electron import here; index.ts hands in `ipcMain`.
 */

export interface RegistryLike {
  call(method: unknown, input: unknown): Promise<ApiResult<unknown>>;
}

const IpcPayload = z
  .object({
    method: z.string().min(1).max(100),
    input: z.unknown().optional(),
  })
  .strict();

function failure(code: ApiErrorBody['code'], message: string, issues?: ApiErrorBody['issues']): ApiResult<never> {
  return issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const e = v.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}

/**
 * Pure core of the IPC handler. `senderUrl` is the URL of the sending frame, or
 * `null`/`undefined` when it is not the main frame of our window (see
 * `trustedSenderUrl`).
 */
export async function handleIpcCall(
  registry: RegistryLike,
  senderUrl: string | null | undefined,
  payload: unknown,
  policy: SecurityPolicy = PRODUCTION_POLICY,
): Promise<ApiResult<unknown>> {
  if (!isTrustedPageUrl(senderUrl, policy)) {
    return failure('invalid_input', 'This call did not come from the Fieldnotes window and was refused.');
  }
  const parsed = IpcPayload.safeParse(payload);
  if (!parsed.success) {
    const issues = describeZodError(parsed.error);
    return failure('invalid_input', summarizeIssues('Malformed API call', issues), issues);
  }
  const { method, input } = parsed.data;
  if (!isMethodName(method)) {
    return failure('unknown_method', `There is no API method called ${JSON.stringify(method)}.`);
  }
  try {
    const result = await registry.call(method, input);
    if (isApiResult(result)) return result;
    return failure('internal', `Fieldnotes produced no result for ${method}.`);
  } catch {
    // The registry never throws; if it ever does, keep the stack in this process.
    return failure('internal', `Something went wrong inside Fieldnotes while running ${method}.`);
  }
}

/** The few members of an `IpcMainInvokeEvent` the sender check reads. */
export interface InvokeEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown; processId: number; routingId: number } | null;
}

/** The window's web contents, as far as the sender check needs it. */
export interface WindowContentsLike {
  id: number;
  mainFrame: { processId: number; routingId: number };
}

/**
 * The sender frame's URL when it is the main frame of our window's web contents,
 * otherwise `null` (subframes, other web contents, destroyed frames).
 */
export function trustedSenderUrl(event: InvokeEventLike, contents: WindowContentsLike | null | undefined): string | null {
  const frame = event.senderFrame;
  if (!frame || !contents) return null;
  if (event.sender.id !== contents.id) return null;
  if (frame.parent !== null) return null;
  if (frame.processId !== contents.mainFrame.processId || frame.routingId !== contents.mainFrame.routingId) return null;
  return frame.url;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Registers the one channel. `windowContents` returns the main window's web contents
 * (or null before it exists / after it closed).
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  registry: RegistryLike,
  windowContents: () => WindowContentsLike | null | undefined,
  policy: SecurityPolicy = PRODUCTION_POLICY,
): void {
  ipcMain.handle(IPC_CHANNEL, async (event, ...args) => {
    try {
      const senderUrl = trustedSenderUrl(event, windowContents());
      return await handleIpcCall(registry, senderUrl, args.length === 1 ? args[0] : undefined, policy);
    } catch {
      return failure('internal', 'Something went wrong inside Fieldnotes.');
    }
  });
}
