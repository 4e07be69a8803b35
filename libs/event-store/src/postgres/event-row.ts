import { RecordedEvent } from '../port';

// Positions travel as text: PGlite returns int8 as a JavaScript number, which loses precision past 2^53.
// The time travels as epoch milliseconds: parsing timestamptz text costs pg more than the JSON of the event.
export const eventColumns = `e.global_position::text AS global_position, e.stream_id,
  e.stream_position::text AS stream_position, e.event_id::text AS event_id, e.event_type, e.data, e.metadata,
  (extract(epoch FROM e.recorded_at) * 1000)::float8 AS recorded_at_ms`;

export interface EventRow {
  global_position: string;
  stream_id: string;
  stream_position: string;
  event_id: string;
  event_type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at_ms: number;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    streamId: row.stream_id,
    streamPosition: BigInt(row.stream_position),
    globalPosition: BigInt(row.global_position),
    data: row.data,
    metadata: row.metadata,
    recordedAt: new Date(row.recorded_at_ms),
  };
}
