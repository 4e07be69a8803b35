/**
 * A refusal of the domain: a stable machine code (used by the API as the problem type and by clients to
 * branch on) and a sentence a person understands. Rules never throw; they return one of these.
 */
export interface DomainError {
  readonly kind: 'DomainError';
  readonly code: string;
  readonly message: string;
}

/** What `decide` answers: the events to append, or the rule that refused the command. */
export type Decision<E> =
  { readonly ok: true; readonly events: readonly E[] } | { readonly ok: false; readonly error: DomainError };

export const accept = <E>(...events: E[]): Decision<E> => ({ ok: true, events });

export const reject = <E = never>(code: string, message: string): Decision<E> => ({
  ok: false,
  error: { kind: 'DomainError', code, message },
});

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
