import type { RefusalCode } from '@hstf/domain';
/**
 * RFC 9457 problem details. Every error the API answers is one of these, with `application/problem+json`.
 * `type` is a stable URI per kind of problem; domain refusals carry the domain's own code.
 */
export interface FieldProblem {
  readonly field: string;
  readonly reason: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly code?: string;
  readonly errors?: readonly FieldProblem[];
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A problem in one line for the access record: its detail and each field at fault with its reason. */
export function problemReason({ detail, errors }: Problem): string | undefined {
  const fields = (errors ?? []).map(({ field, reason }) => `${field}: ${reason}`).join('; ');
  if (!fields) return detail;
  return detail ? `${detail} ${fields}` : fields;
}

const PROBLEM_BASE = 'https://hstf.example/problems/';

export const problemType = (slug: string): string => `${PROBLEM_BASE}${slug}`;

/** An error that already knows the problem it answers; thrown by handlers and mapped by the filter. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

export const badRequest = (
  errors: readonly FieldProblem[],
  detail = 'The request is not valid.',
): ProblemError =>
  new ProblemError({
    type: problemType('invalid-request'),
    title: 'Invalid request',
    status: 400,
    detail,
    errors,
  });

export const notFound = (detail: string): ProblemError =>
  new ProblemError({ type: problemType('not-found'), title: 'Not found', status: 404, detail });

export const forbidden = (detail: string, code?: string): ProblemError =>
  new ProblemError({ type: problemType('forbidden'), title: 'Forbidden', status: 403, detail, code });

export const conflict = (detail: string, currentRevision: string): ProblemError =>
  new ProblemError({
    type: problemType('revision-conflict'),
    title: 'Revision conflict',
    status: 409,
    detail,
    currentRevision,
  });

/** A client-chosen id already in use by an aggregate the caller may not read: nothing more is said. */
export const idTaken = (name: string, id: string): ProblemError =>
  new ProblemError({
    type: problemType('id-taken'),
    title: 'Id taken',
    status: 409,
    detail: `The ${name} id ${id} is taken; choose another.`,
  });

export const domainRefusal = (code: RefusalCode, detail: string): ProblemError =>
  new ProblemError({
    type: problemType(code.toLowerCase().replace(/_/g, '-')),
    title: 'Refused by a rule of the domain',
    status: 422,
    detail,
    code,
  });

export const unprocessable = (slug: string, title: string, detail: string): ProblemError =>
  new ProblemError({ type: problemType(slug), title, status: 422, detail });
