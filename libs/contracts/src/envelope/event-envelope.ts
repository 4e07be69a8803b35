import type { Scope } from '@hstf/domain';

/** Who acted: the token's subject, the role the command was authorised under, and the agency spoken for. */
export interface ActorRef {
  readonly sub: string;
  readonly role: string;
  readonly agency?: string;
}

export interface EventMetadata {
  readonly actor: ActorRef;
  /** The command that produced the event; with the index in its batch it fixes the event id. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  /**
   * SHA-256 of the HTTP request (route + canonical body) when it carried an Idempotency-Key: a retry with the
   * same key and another body is refused by comparing it.
   */
  readonly requestHash?: string;
  /** The client's own id for the request (its X-Correlation-Id): for the client to find its events, never a trail link. */
  readonly clientRequestId?: string;
  /** When the command was decided (the command's `now`), ISO-8601. */
  readonly occurredAt: string;
  /** When the store committed it; not hashed because the store sets it after the hash is computed. */
  readonly recordedAt?: string;
  /** The audiences (states, agencies) the event is routed to and readable by, normalised. */
  readonly scope: Scope;
  /** Hash of the stream's previous event, or GENESIS_HASH for the first. */
  readonly prevHash: string;
  readonly hash: string;
  /** Present when the metadata was read as stored; the envelope's own `schemaVersion` is authoritative. */
  readonly schemaVersion?: number;
}

/** An event with everything DESIGN.md's envelope carries. */
export interface EventEnvelope<T extends string = string, D = unknown> {
  /** UUID v5 of the command id and the event's index in the command's batch (see eventId). */
  readonly id: string;
  readonly type: T;
  /** Version of `data`'s schema as written; upcasters lift old versions on read. */
  readonly schemaVersion: number;
  readonly streamId: string;
  /** 0-based revision within the stream. */
  readonly streamPosition: bigint;
  /** Store-wide order, assigned by the store at commit. */
  readonly globalPosition: bigint;
  readonly data: D;
  readonly metadata: EventMetadata;
}

/**
 * The metadata object handed to the store. The port's NewEvent has only id, type, data and metadata, so the
 * schema version travels here; `recordedAt` is the store's column, not ours. A type alias rather than an
 * interface so that it is assignable to the port's `Record<string, unknown>`.
 */
export type StoredMetadata = {
  readonly actor: ActorRef;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly occurredAt: string;
  readonly scope: Scope;
  readonly prevHash: string;
  readonly hash: string;
  readonly schemaVersion: number;
};
