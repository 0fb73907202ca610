import type { MethodName, MethodOutput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { Registry } from '../api/registry';
import type { ProgressStream } from './progress';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** The whole standard input (for `call METHOD -`). */
  readStdin?(): Promise<string>;
  /** Standard error as a stream, for the progress line of long commands (shown only on a terminal). */
  progress?: ProgressStream;
}

/** Calls the registry like every other caller; a failed call becomes an AppError for the CLI to print. */
export async function call<M extends MethodName>(registry: Registry, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await registry.call(method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as MethodOutput<M>;
}

/** `fieldnotes call METHOD [JSON|-]`: any API method, its input from the argument or stdin (`-`), its result as JSON. */
export async function runCall(registry: Registry, rest: string[], io: CliIo): Promise<number> {
  const [method, source, ...extra] = rest;
  if (!method || extra.length) throw new AppError('invalid_input', 'call needs a METHOD and at most one JSON input (or - to read it from stdin)');
  const text = source === '-' ? await (io.readStdin?.() ?? Promise.resolve('')) : (source ?? '{}');
  let input: unknown;
  try {
    input = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new AppError('invalid_input', `The input for ${method} is not valid JSON.`);
  }
  const result = await registry.call(method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  io.out(JSON.stringify(result.value, null, 2));
  return 0;
}
