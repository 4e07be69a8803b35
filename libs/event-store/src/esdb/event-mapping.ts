import { jsonEvent, type EventData, type JSONType, type ResolvedEvent } from '@eventstore/db-client';
import type { NewEvent, RecordedEvent } from '../port';
import { globalPositionOf } from './global-position';

/** Data and metadata travel as JSON, so what a reader gets back is what the PostgreSQL adapter returns. */
export function toEventData(event: NewEvent): EventData {
  return jsonEvent({
    id: event.id,
    type: event.type,
    // JSON has no `undefined`; the PostgreSQL adapter stores it as null too.
    data: (event.data ?? null) as JSONType,
    metadata: event.metadata,
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

/**
 * `resolved.event` is absent only for a link whose target was deleted; we never write links, so such an
 * entry has nothing of ours to return. Positions come with every event since server 22.6.
 */
export function toRecordedEvent(resolved: ResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (event === undefined) return undefined;
  if (event.position === undefined) {
    throw new Error(
      `EventStoreDB returned ${event.streamId}@${event.revision} without a position: server older than 22.6`,
    );
  }
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    streamPosition: event.revision,
    globalPosition: globalPositionOf(event.position),
    data: event.data,
    metadata: isRecord(event.metadata) ? event.metadata : {},
    recordedAt: event.created,
  };
}
