import type { MethodName, MethodOutput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { Registry } from '../api/registry';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Calls the registry like every other caller; a failed call becomes an AppError for the CLI to print. */
export async function call<M extends MethodName>(registry: Registry, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await registry.call(method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as MethodOutput<M>;
}
