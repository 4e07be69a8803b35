import type { Actor } from '@hstf/auth';

/** Who sends a command and how it ties into the audit trail; built once per request by the controller layer. */
export interface CommandContext {
  readonly actor: Actor;
  /** The HTTP request the command came in, for its access record; the server's own commands have none. */
  readonly request?: { readonly method: string; readonly url: string };
  /** Deterministic from the Idempotency-Key when one is sent, so a retry yields the same event ids. */
  readonly commandId: string;
  /** The Idempotency-Key header, when sent. */
  readonly idempotencyKey?: string;
  /** SHA-256 of the request (route + body) when an Idempotency-Key is sent: same key, other body is refused. */
  readonly requestHash?: string;
  /**
   * The client's own id for its request (`X-Correlation-Id`), recorded with the events and the access
   * records so the client can find them, but never a link of an audit trail: correlation and causation are
   * the server's, proven from the events (command-path's provenance).
   */
  readonly clientRequestId?: string;
  /**
   * Set only by the server's own processes, which know better than the stream what an event follows
   * from: the deadline process names the event that set the deadline. Never set from a request.
   */
  readonly provenance?: { readonly correlationId: string; readonly causationId: string };
  /** From `If-Match`: the revision the client last saw; a mismatch is a 409 instead of a silent retry. */
  readonly ifMatch?: bigint;
}

export interface CommandOutcome {
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly eventIds: readonly string[];
  /** True when the answer repeats an earlier execution of the same command (idempotent retry). */
  readonly replayed: boolean;
}
