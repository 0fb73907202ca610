import { z } from 'zod';

/** Machine codes every caller can branch on. Messages are for people; codes are for programs. */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'unsupported_type',
  'too_large',
  'cancelled',
  'unknown_method',
  'newer_database',
  'damaged_database',
  'internal',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Field-level problems for `invalid_input`: path like "patch.title" and a message. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services; the registry turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiErrorBody['issues'],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Turns zod issues into short "path: message" pairs a person can act on. */
export function describeZodError(error: z.ZodError): NonNullable<ApiErrorBody['issues']> {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}

export function summarizeIssues(prefix: string, issues: NonNullable<ApiErrorBody['issues']>): string {
  const first = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${prefix}: ${first.join('; ')}${more}`;
}
