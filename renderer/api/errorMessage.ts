import { ApiError } from './client';

/** A sentence a person can act on, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Field-level issues from an ApiError, keyed by the path with a prefix such as "patch." removed.
 * Issues for fields the form does not show (or for the whole input) come back in `other`.
 */
export function fieldIssues(error: unknown, prefix: string, shownFields: readonly string[]): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  if (!(error instanceof ApiError) || !error.issues) return { byField, other };
  for (const issue of error.issues) {
    const path = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const field = path.split('.')[0];
    if (!field || !shownFields.includes(field)) other.push(`${issue.path}: ${issue.message}`);
    else if (!(field in byField)) byField[field] = issue.message;
  }
  return { byField, other };
}
