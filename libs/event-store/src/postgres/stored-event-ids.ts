import { SqlClient } from './driver';
import { StoredEvent } from './idempotent-retry';

/** The events of a stream carrying any of these ids, for judging a retry. */
export async function findStoredEvents(
  client: SqlClient,
  streamId: string,
  ids: readonly string[],
): Promise<StoredEvent[]> {
  const rows = await client.query<{ event_id: string; stream_position: string; global_position: string }>(
    `SELECT event_id::text AS event_id, stream_position::text AS stream_position,
            global_position::text AS global_position
       FROM es_events WHERE stream_id = $1 AND event_id = ANY($2::uuid[])`,
    [streamId, [...ids]],
  );
  return rows.map((row) => ({
    eventId: row.event_id,
    streamPosition: BigInt(row.stream_position),
    globalPosition: BigInt(row.global_position),
  }));
}
