import type { ChainedEvent } from '../hashing/chain-events';
import { describeFieldErrors, FieldError, fieldErrors } from '../registry/field-errors';
import type { EventEnvelope, StoredMetadata } from './event-envelope';
import { storedMetadataSchema } from './stored-metadata.schema';

/** The event store port's NewEvent, structurally, so contracts need not depend on the store. */
export interface NewStoredEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: StoredMetadata;
}

/** The event store port's RecordedEvent, structurally. */
export interface RecordedStoredEvent {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly streamPosition: bigint;
  readonly globalPosition: bigint;
  readonly data: unknown;
  readonly metadata: Record<string, unknown>;
  readonly recordedAt: Date;
}

export class MalformedStoredEventError extends Error {
  constructor(
    readonly eventId: string,
    readonly errors: readonly FieldError[],
  ) {
    super(`stored event ${eventId} has malformed metadata: ${describeFieldErrors(errors)}`);
    this.name = 'MalformedStoredEventError';
  }
}

/** What the store is given: the schema version moves into the metadata, the only free-form field of NewEvent. */
export function toNewEvent(event: ChainedEvent): NewStoredEvent {
  return {
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: { ...event.metadata, schemaVersion: event.schemaVersion },
  };
}

/** The envelope of an event read from the store, with data as stored: verify its chain, then upcast. */
export function envelopeFromRecorded(recorded: RecordedStoredEvent): EventEnvelope {
  const parsed = storedMetadataSchema.safeParse(recorded.metadata);
  if (!parsed.success) throw new MalformedStoredEventError(recorded.id, fieldErrors(parsed.error));
  return {
    id: recorded.id,
    type: recorded.type,
    schemaVersion: parsed.data.schemaVersion,
    streamId: recorded.streamId,
    streamPosition: recorded.streamPosition,
    globalPosition: recorded.globalPosition,
    data: recorded.data,
    metadata: { ...parsed.data, recordedAt: recorded.recordedAt.toISOString() },
  };
}
