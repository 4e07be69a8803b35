import { randomBytes, randomUUID } from 'node:crypto';
import { topicsFor } from '@hstf/contracts';
import { openPgEventStore, PostgresEventStore } from '@hstf/event-store';
import { Client } from 'pg';

/**
 * Audiences of the benchmark only, so that its messages never land on a real state's or agency's topic.
 * Each event goes to the command center, one state and one or two agencies: 3.5 messages per event.
 */
export const BENCH_STATES = ['bench-tx', 'bench-az', 'bench-nm', 'bench-ca'];
export const BENCH_AGENCIES = ['bench-fbi', 'bench-hsi', 'bench-cbp', 'bench-dea'];

/** Every topic the benchmark's events go to, the command center's included. */
export const BENCH_TOPICS = topicsFor({ states: BENCH_STATES, agencies: BENCH_AGENCIES });

const EVENTS_PER_APPEND = 25;
const CONCURRENT_APPENDS = 8;

export interface BenchStore {
  readonly store: PostgresEventStore;
  readonly connectionString: string;
  /**
   * Refreshes the planner's statistics, as autovacuum does within a minute of a bulk load. Without them,
   * right after the pre-load, every page the relay reads is planned as a scan of all later events.
   */
  analyze(): Promise<void>;
  drop(): Promise<void>;
}

export async function freshBenchStore(serverUrl: string): Promise<BenchStore> {
  const name = `hstf_bench_relay_${randomBytes(4).toString('hex')}`;
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connectionString = url.toString();
  const store = await openPgEventStore({ pool: { connectionString, max: CONCURRENT_APPENDS + 2 } });
  return {
    store,
    connectionString,
    analyze: () =>
      withServer(connectionString, (client) => client.query('ANALYZE es_events')).then(() => undefined),
    drop: async () => {
      await store.close();
      await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Appends `total` events in appends of 25 to streams of their own, 8 appends at a time. */
export async function preload(store: PostgresEventStore, total: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const first = next;
      next += EVENTS_PER_APPEND;
      const count = Math.min(EVENTS_PER_APPEND, total - first);
      const streamId = `tasking-${randomUUID()}`;
      const scope = scopeOf(first / EVENTS_PER_APPEND);
      await store.append(
        streamId,
        Array.from({ length: count }, (_, i) => benchEvent(streamId, i, scope)),
        'no_stream',
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_APPENDS }, worker));
}

function scopeOf(n: number): { states: string[]; agencies: string[] } {
  const agencies = [BENCH_AGENCIES[n % 4], ...(n % 2 === 0 ? [BENCH_AGENCIES[(n + 1) % 4]] : [])];
  return { states: [BENCH_STATES[n % 4]], agencies };
}

/** The size and shape of a progress report as the command path writes it (about 700 bytes of JSON). */
function benchEvent(streamId: string, index: number, scope: { states: string[]; agencies: string[] }) {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type: 'TaskingProgressReported',
    data: {
      taskingId: streamId.slice('tasking-'.length),
      reportedBy: scope.agencies[0],
      progress: `Surveillance of the stash house continues; ${index} warrants served, evidence logged.`,
      percentComplete: index % 100,
    },
    metadata: {
      actor: { sub: 'liaison-bench', role: 'liaison', agency: scope.agencies[0] },
      commandId,
      correlationId: commandId,
      causationId: commandId,
      occurredAt: new Date().toISOString(),
      scope,
      prevHash: randomBytes(32).toString('hex'),
      hash: randomBytes(32).toString('hex'),
      schemaVersion: 1,
    },
  };
}

async function withServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
