import {
  openPgEventStore,
  openPgliteEventStore,
  type EventStore,
  type ExpectedRevision,
} from '@hstf/event-store';
import type { Contender, StreamWriter } from './contender';
import type { BenchEvent } from './directive-events';

function contender(name: string, store: EventStore): Contender {
  const writer = (streamId: string): StreamWriter => {
    let expected: ExpectedRevision = 'no_stream';
    return {
      async append(events: readonly BenchEvent[]) {
        expected = (await store.append(streamId, events, expected)).nextExpectedRevision;
      },
    };
  };
  return {
    name,
    writer,
    async readAll(count, pageSize) {
      let read = 0;
      let after: bigint | undefined;
      while (read < count) {
        const page = await store.readAll({ after, maxCount: Math.min(pageSize, count - read) });
        if (page.length === 0) break;
        read += page.length;
        after = page[page.length - 1].globalPosition;
      }
      return read;
    },
    close: () => store.close(),
  };
}

/** Our adapter on the PostgreSQL server, through a `pg` pool of the same size as Emmett's. */
export async function oursOnPostgres(connectionString: string, poolSize: number): Promise<Contender> {
  return contender('ours-PG', await openPgEventStore({ pool: { connectionString, max: poolSize } }));
}

/** Our adapter embedded, persisted in a directory as the default profile runs it. */
export async function oursOnPglite(dataDir: string): Promise<Contender> {
  return contender('ours-PGlite', await openPgliteEventStore(dataDir));
}
