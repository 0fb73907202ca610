import { z } from 'zod';
import { contract, isMethodName, methodNames, type MethodName } from '../../shared/api/contract';
import { AppError, describeZodError, summarizeIssues, type ApiResult } from '../../shared/api/errors';
import type { Workspace } from '../workspace';
import { handlers, type Handlers } from './handlers';

export interface MethodDescription {
  name: MethodName;
  summary: string;
  input: unknown;
  output: unknown;
}

export interface Registry {
  /** Validates input, runs the handler, validates output. Never throws; never returns a stack. */
  call(method: unknown, input: unknown): Promise<ApiResult<unknown>>;
  describe(): MethodDescription[];
}

/** Known SQLite constraint failures become `conflict`; anything else unexpected is `internal`. */
function toErrorResult(error: unknown): ApiResult<never> {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
  const message = error instanceof Error ? error.message : String(error);
  if (/attempt to write a readonly database/i.test(message)) {
    return { ok: false, error: { code: 'conflict', message: 'This workspace is open read-only: nothing was changed. Copy the workspace folder somewhere writable to make changes.' } };
  }
  if (/constraint failed|immutable|cannot be changed/i.test(message)) {
    return { ok: false, error: { code: 'conflict', message: `The change was refused by the database: ${message.replace(/^SqliteError: /, '')}` } };
  }
  return { ok: false, error: { code: 'internal', message: `Something went wrong inside Fieldnotes and nothing was changed: ${message}` } };
}

export function describeMethods(): MethodDescription[] {
  return methodNames.map((name) => ({
    name,
    summary: contract[name].summary,
    input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(contract[name].output, { io: 'output', unrepresentable: 'any' }),
  }));
}

/** The one API registry: every caller (IPC, HTTP, CLI, tests) goes through `call`. */
export function createRegistry(ws: Workspace, bound: Handlers = handlers): Registry {
  return {
    async call(method, input) {
      if (!isMethodName(method)) {
        return { ok: false, error: { code: 'unknown_method', message: `There is no API method called ${JSON.stringify(method)}.` } };
      }
      const spec = contract[method];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        const issues = describeZodError(parsed.error);
        const code = parsed.error.issues.every((i) => i.code === 'too_big') ? 'too_large' : 'invalid_input';
        return { ok: false, error: { code, message: summarizeIssues(`Invalid input for ${method}`, issues), issues } };
      }
      try {
        const handler = bound[method] as (input: unknown, ws: Workspace) => unknown;
        const value = await handler(parsed.data, ws);
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          return { ok: false, error: { code: 'internal', message: summarizeIssues(`Fieldnotes produced an invalid result for ${method}`, describeZodError(checked.error)) } };
        }
        return { ok: true, value: checked.data };
      } catch (error) {
        return toErrorResult(error);
      }
    },
    describe: describeMethods,
  };
}
