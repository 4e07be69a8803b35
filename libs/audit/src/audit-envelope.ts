import type { ActorRef } from '@hstf/contracts';
import { chainEvents, InvalidEventDataError, NewStoredEvent, toNewEvent } from '@hstf/contracts';
import { AuditEvent, auditEventRegistry } from './audit-event-registry';

/** One audit record to write, with the envelope fields the domain's events carry too. */
export interface AuditRecordDraft {
  readonly id: string;
  readonly event: AuditEvent;
  readonly actor: ActorRef;
  readonly occurredAt: string;
  /** The request or command it belongs to; its own id when it stands alone. */
  readonly correlationId: string;
  readonly causationId: string;
}

/** Where a stream ends: the revision of its last event (-1n for none) and that event's hash. */
export interface StreamTail {
  readonly revision: bigint;
  readonly lastHash: string;
}

/**
 * Audit records enveloped and chained like domain events (scope empty: they are routed to no audience), so
 * that the same verification covers them. Data is validated first: a malformed record is a bug, not input.
 */
export function chainAuditRecords(
  streamId: string,
  tail: StreamTail,
  drafts: readonly AuditRecordDraft[],
): NewStoredEvent[] {
  const enveloped = drafts.map(({ id, event, actor, occurredAt, correlationId, causationId }) => {
    const schemaVersion = auditEventRegistry.currentVersion(event.type);
    const validation = auditEventRegistry.validate(event.type, schemaVersion, event.data);
    if (!validation.ok) throw new InvalidEventDataError(event.type, schemaVersion, validation.errors);
    return {
      id,
      type: event.type,
      schemaVersion,
      streamId,
      data: event.data,
      metadata: {
        actor,
        commandId: id,
        correlationId,
        causationId,
        occurredAt,
        scope: { states: [], agencies: [] },
      },
    };
  });
  return chainEvents(tail.lastHash, tail.revision + 1n, enveloped).map(toNewEvent);
}
