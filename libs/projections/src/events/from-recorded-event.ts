import { envelopeFromRecorded, RecordedStoredEvent } from '@hstf/contracts';
import { ProjectedEvent, upcastData } from './projected-event';

/** An event read from the store (readAll or a subscription), through the contract's envelope parsing. */
export function fromRecordedEvent(recorded: RecordedStoredEvent): ProjectedEvent {
  const envelope = envelopeFromRecorded(recorded);
  const { scope, actor, occurredAt, recordedAt } = envelope.metadata;
  return {
    id: envelope.id,
    type: envelope.type,
    schemaVersion: envelope.schemaVersion,
    streamId: envelope.streamId,
    streamPosition: envelope.streamPosition,
    globalPosition: envelope.globalPosition,
    data: upcastData(envelope.type, envelope.schemaVersion, envelope.data),
    scope,
    actor,
    occurredAt,
    recordedAt,
  };
}
