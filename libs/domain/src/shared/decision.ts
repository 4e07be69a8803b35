import { REFUSAL_KINDS, RefusalCode, RefusalKind } from './refusal-codes';

/**
 * A refusal of the domain: its kind (what the API answers it with), a stable machine code (the problem
 * type, which clients branch on) and a sentence a person understands. Rules never throw; they return one.
 */
export interface DomainError {
  readonly kind: RefusalKind;
  readonly code: RefusalCode;
  readonly message: string;
}

/** What `decide` answers: the events to append, or the rule that refused the command. */
export type Decision<E> =
  { readonly ok: true; readonly events: readonly E[] } | { readonly ok: false; readonly error: DomainError };

export const accept = <E>(...events: E[]): Decision<E> => ({ ok: true, events });

export const reject = <E = never>(code: RefusalCode, message: string): Decision<E> => ({
  ok: false,
  error: { kind: REFUSAL_KINDS[code], code, message },
});

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
