import { AppendResult, ExpectedRevision, NewEvent } from '../port';
import { SqlClient } from './driver';

/** es_append writes at most this many events per transaction (16 bits of position, see migration 002). */
export const maxEventsPerAppend = 65_536;

export type AppendOutcome =
  | { readonly kind: 'appended'; readonly result: AppendResult }
  | { readonly kind: 'conflict'; readonly actual: 'no_stream' | bigint };

interface AppendRow {
  outcome: 'appended' | 'conflict';
  next_revision: string;
  last_position: string | null;
}

/**
 * The adapter's one write. Exported so that a test can run it inside a transaction it holds open; one
 * transaction may append only once, since positions are derived from its id.
 */
export async function appendEvents(
  client: SqlClient,
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  notifyChannel: string | null,
): Promise<AppendOutcome> {
  const batch = JSON.stringify(
    events.map((event) => ({
      id: event.id,
      type: event.type,
      data: event.data ?? null,
      metadata: event.metadata,
    })),
  );
  const [row] = await client.query<AppendRow>(
    `SELECT outcome, next_revision::text AS next_revision, last_position::text AS last_position
       FROM es_append($1, $2::bigint, $3::jsonb, $4)`,
    [streamId, encodeExpected(expected), batch, notifyChannel],
  );
  const revision = BigInt(row.next_revision);
  if (row.outcome === 'conflict') return { kind: 'conflict', actual: revision < 0n ? 'no_stream' : revision };
  return {
    kind: 'appended',
    result: { nextExpectedRevision: revision, position: BigInt(row.last_position!) },
  };
}

function encodeExpected(expected: ExpectedRevision): string {
  if (expected === 'no_stream') return '-1';
  if (expected === 'any') return '-2';
  return expected.toString();
}
