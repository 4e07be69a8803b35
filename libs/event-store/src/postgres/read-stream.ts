import { ReadStreamOptions, RecordedEvent, StreamNotFound } from '../port';
import { SqlClient } from './driver';
import { EventRow, eventColumns, toRecordedEvent } from './event-row';

// Without the gap guard: appends to one stream are serialised on its row, so a reader cannot see revision
// n + 1 before revision n, and a command handler reads its own writes at once.
const forwardsSql = `SELECT ${eventColumns} FROM es_events e
  WHERE e.stream_id = $1 AND e.stream_position >= $2::bigint ORDER BY e.stream_position LIMIT $3::bigint`;
const backwardsSql = `SELECT ${eventColumns} FROM es_events e
  WHERE e.stream_id = $1 AND e.stream_position <= $2::bigint ORDER BY e.stream_position DESC LIMIT $3::bigint`;
const lastRevision = (2n ** 63n - 1n).toString();

export async function readStreamEvents(
  client: SqlClient,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<RecordedEvent[]> {
  const backwards = options.direction === 'backwards';
  const from = options.fromRevision?.toString() ?? (backwards ? lastRevision : '0');
  const rows = await client.query<EventRow>(backwards ? backwardsSql : forwardsSql, [
    streamId,
    from,
    options.maxCount ?? null,
  ]);
  if (rows.length === 0 && !(await streamExists(client, streamId))) throw new StreamNotFound(streamId);
  return rows.map(toRecordedEvent);
}

export async function streamRevision(client: SqlClient, streamId: string): Promise<'no_stream' | bigint> {
  const [row] = await client.query<{ revision: string }>(
    'SELECT revision::text AS revision FROM es_streams WHERE stream_id = $1',
    [streamId],
  );
  return row ? BigInt(row.revision) : 'no_stream';
}

async function streamExists(client: SqlClient, streamId: string): Promise<boolean> {
  return (await streamRevision(client, streamId)) !== 'no_stream';
}
