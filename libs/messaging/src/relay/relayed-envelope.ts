import { envelopeFromRecorded, EventEnvelope, EventMetadata, RecordedStoredEvent } from '@hstf/contracts';

/**
 * The envelope as it travels on every topic: JSON, with both positions as decimal strings because they
 * exceed what a JSON number holds exactly (a global position encodes the writing transaction's id).
 */
export interface RelayedEnvelope {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamPosition: string;
  readonly globalPosition: string;
  readonly data: unknown;
  /** As stored, with the store's commit time added as `recordedAt`. */
  readonly metadata: EventMetadata;
}

/** Throws MalformedStoredEventError when the stored metadata is not an envelope's: nothing is routed blind. */
export function toRelayedEnvelope(recorded: RecordedStoredEvent): RelayedEnvelope {
  const envelope = envelopeFromRecorded(recorded);
  return {
    id: envelope.id,
    type: envelope.type,
    schemaVersion: envelope.schemaVersion,
    streamId: envelope.streamId,
    streamPosition: envelope.streamPosition.toString(),
    globalPosition: envelope.globalPosition.toString(),
    data: envelope.data,
    metadata: envelope.metadata,
  };
}

/** The consumer's side: a message value back to the envelope, positions as bigints again. */
export function decodeRelayedEnvelope(value: Buffer | string): EventEnvelope {
  const wire = JSON.parse(value.toString()) as RelayedEnvelope;
  return {
    ...wire,
    streamPosition: BigInt(wire.streamPosition),
    globalPosition: BigInt(wire.globalPosition),
  };
}
