import { dumbo } from '@event-driven-io/dumbo';
import { STREAM_DOES_NOT_EXIST, type ExpectedStreamVersion } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import type { Contender, StreamWriter } from './contender';
import type { BenchEvent } from './directive-events';

/**
 * Emmett's PostgreSQL event store as its documentation sets it up, given a pool of the same size as ours.
 * Its global read is `readMessagesBatch`, what Emmett's own consumers page with.
 */
export async function emmettContender(connectionString: string, poolSize: number): Promise<Contender> {
  const pool = new Pool({ connectionString, max: poolSize });
  const store = getPostgreSQLEventStore(connectionString, { connectionOptions: { pool } });
  await store.schema.migrate();
  const executor = dumbo({ connectionString, pool });

  const writer = (streamId: string): StreamWriter => {
    let expected: ExpectedStreamVersion = STREAM_DOES_NOT_EXIST;
    return {
      async append(events: readonly BenchEvent[]) {
        const result = await store.appendToStream(
          streamId,
          events.map((e) => ({ type: e.type, data: e.data, metadata: { ...e.metadata, messageId: e.id } })),
          { expectedStreamVersion: expected },
        );
        expected = result.nextExpectedStreamVersion;
      },
    };
  };

  return {
    name: 'Emmett-PG',
    writer,
    async readAll(count, pageSize) {
      let read = 0;
      let after = 0n;
      while (read < count) {
        const batch = await readMessagesBatch(executor.execute, {
          after,
          batchSize: Math.min(pageSize, count - read),
        });
        if (batch.messages.length === 0) break;
        read += batch.messages.length;
        after = batch.currentGlobalPosition;
      }
      return read;
    },
    async close() {
      await store.close();
      await pool.end().catch(() => undefined);
    },
  };
}
