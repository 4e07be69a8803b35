import type { z } from 'zod';

/** One reason a value was refused, at a path such as `addressees.states[0]` (`(root)` for the value itself). */
export interface FieldError {
  readonly path: string;
  readonly reason: string;
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), reason: issue.message }));
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

export const describeFieldErrors = (errors: readonly FieldError[]): string =>
  errors.map((e) => `${e.path}: ${e.reason}`).join('; ');
