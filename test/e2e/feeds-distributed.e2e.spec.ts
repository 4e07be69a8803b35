import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateLocalKey, mintToken } from '@hstf/auth';
import { EVENTS_TOPIC } from '@hstf/contracts';
import { isAuditStreamId } from '@hstf/audit';
import { PgDriver, PostgresEventStore } from '@hstf/event-store';
import {
  EventRelay,
  InProcessFanOut,
  LogSink,
  PostgresCheckpointStore,
  UncontestedLease,
} from '@hstf/messaging';
import { RunningProjector, startProjector } from '@hstf/projections';
import { createApi, RunningApi } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { JsonLogger } from '../../apps/api/src/observability/json-logger';
import { ApiClient } from '../../apps/cli/src/api-client';
import { Addressees, audiencesOf, directiveBody, until } from '../../bench/feeds/feed-scenario';
import { SseConnection } from '../../bench/feeds/sse-client';
import { createTestDatabase, TestDatabase } from '../helpers/postgres';

const quiet: LogSink = { error: () => undefined, warn: () => undefined, log: () => undefined };

/**
 * The distributed profile's shape: the store and the read models in PostgreSQL, the relay and the
 * projector outside the API. The fan-out has four partitions, so the feed projection applies events out of
 * global order, which is what the feeds' horizon is for.
 */
async function startPipeline(connectionString: string) {
  const db = new PgDriver({ pool: { connectionString, max: 4 } });
  const store = await PostgresEventStore.open(db);
  const fanOut = new InProcessFanOut({ logger: quiet, topicDefaults: { partitions: 4 } });
  await fanOut.ensureTopics([EVENTS_TOPIC]);
  const projector: RunningProjector = await startProjector({ db, source: { kind: 'fan-out', fanOut } });
  const relay = new EventRelay(
    {
      store,
      fanOut,
      checkpoints: await PostgresCheckpointStore.open(db),
      lease: new UncontestedLease(),
      logger: quiet,
    },
    { name: 'feeds-e2e' },
  );
  relay.start();
  return {
    async stop() {
      await relay.stop();
      await projector.stop();
      await fanOut.close();
      await store.close();
    },
  };
}

interface Listening {
  readonly api: RunningApi;
  readonly url: string;
  readonly port: number;
}

async function startApiOn(database: TestDatabase, dataDir: string, port = 0): Promise<Listening> {
  const config = loadConfig({
    HSTF_EVENT_STORE: 'postgres',
    DATABASE_URL: database.connectionString,
    HSTF_DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
  });
  const api = await createApi(config, new JsonLogger('error', () => undefined));
  await api.app.listen(port, '127.0.0.1');
  const url = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
  return { api, url, port: Number(new URL(url).port) };
}

const MIXES: Addressees[] = [
  { states: ['TX'], agencies: ['FBI'] },
  { states: [], agencies: ['FBI', 'DEA'] },
  { states: ['TX'], agencies: ['DEA'] },
  { states: ['AZ'], agencies: ['CBP'] },
];

describe('liaison feeds on the distributed profile (PostgreSQL read models, partitioned fan-out)', () => {
  let database: TestDatabase;
  let dataDir: string;
  let pipeline: Awaited<ReturnType<typeof startPipeline>>;
  let running: Listening;
  let operator: string;
  let fbi: string;
  let texas: string;
  const streams: SseConnection[] = [];
  let issued = 0;
  /** The global position of the last directive issued: what `expected` must see before it answers. */
  let lastIssued = -1n;

  beforeAll(async () => {
    database = await createTestDatabase('feeds-distributed');
    dataDir = await mkdtemp(join(tmpdir(), 'hstf-feeds-distributed-'));
    pipeline = await startPipeline(database.connectionString);
    running = await startApiOn(database, dataDir);
    const key = await loadOrCreateLocalKey(dataDir);
    operator = await mintToken(key, { sub: 'operator@test', roles: ['operator'], states: [] });
    fbi = await mintToken(key, { sub: 'fbi@test', roles: ['liaison'], agency: 'FBI', states: [] });
    // A federal liaison assigned to Texas: a token may name only an agency of the catalog, and registering
    // a state agency here would add events to the feeds this test counts.
    texas = await mintToken(key, { sub: 'tx@test', roles: ['liaison'], agency: 'USMS', states: ['TX'] });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(streams.map((stream) => stream.close()));
    await running?.api.close();
    await pipeline?.stop();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const open = async (path: string, token: string, lastEventId?: string) => {
    const stream = await SseConnection.open(`${running.url}${path}`, { token, lastEventId });
    streams.push(stream);
    return stream;
  };

  /** Directives four at a time, so that appends interleave and partitions apply them out of order. */
  async function issue(count: number): Promise<void> {
    const client = new ApiClient(running.url);
    for (let sent = 0; sent < count; sent += 4) {
      await Promise.all(
        Array.from({ length: Math.min(4, count - sent) }, () => {
          const n = issued++;
          return client
            .post('/directives', operator, directiveBody(`Directive ${n}`, MIXES[n % MIXES.length]))
            .then((answer) => {
              if (BigInt(answer.position) > lastIssued) lastIssued = BigInt(answer.position);
            });
        }),
      );
    }
  }

  /**
   * The items an audience should have: the store's events of its scope, read once the store shows the last
   * directive issued. The store shows an append only once no earlier transaction is still open (the
   * projector's batches are transactions too), so a read straight after the answers may miss the last ones.
   */
  async function expected(audience: string): Promise<string[]> {
    const store = running.api.store;
    let events = await store.readAll({ maxCount: 100_000 });
    while ((events.at(-1)?.globalPosition ?? -1n) < lastIssued) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      events = await store.readAll({ maxCount: 100_000 });
    }
    return events
      .filter((event) => !isAuditStreamId(event.streamId))
      .filter((event) => audiencesOf(event.metadata.scope as Addressees).includes(audience))
      .map((event) => String(event.globalPosition));
  }

  it('delivers each audience its items once and in order, across a disconnect and an API restart', async () => {
    const agency = await open('/feeds/agencies/FBI', fbi);
    const state = await open('/feeds/states/TX', texas);
    await issue(24);
    const fbiSoFar = await expected('agency:FBI');
    await until(() => agency.events.length >= fbiSoFar.length, 'the FBI items');
    expect(agency.events.map((event) => event.id)).toEqual(fbiSoFar);

    await agency.close();
    await issue(8);
    await running.api.close();
    await state.ended;
    running = await startApiOn(database, dataDir, running.port);
    await issue(8);

    const agencyAgain = await open('/feeds/agencies/FBI', fbi, agency.lastEventId);
    const stateAgain = await open(`/feeds/states/TX?lastEventId=${state.lastEventId ?? '-1'}`, texas);
    // Reaches both audiences last: items arrive in order, so once it is in, a repeat or a stray item is too.
    const sentinel = await new ApiClient(running.url).post(
      '/directives',
      operator,
      directiveBody('Sentinel', { states: ['TX'], agencies: ['FBI'] }),
    );
    for (const stream of [agencyAgain, stateAgain])
      await stream.waitFor((event) => event.id === sentinel.position, 30_000);
    // Read once the feeds delivered the sentinel: the store shows an append only once no earlier
    // transaction is still open, so a read straight after the answer may not show it yet.
    const [fbiAll, texasAll] = [await expected('agency:FBI'), await expected('state:TX')];
    expect([fbiAll.length, texasAll.length]).toEqual([21, 21]);
    expect([...agency.events, ...agencyAgain.events].map((event) => event.id)).toEqual(fbiAll);
    expect([...state.events, ...stateAgain.events].map((event) => event.id)).toEqual(texasAll);
  }, 120_000);

  it('reads its own writes with minPosition, though the partitions apply other directives before it', async () => {
    const client = new ApiClient(running.url);
    const ids: string[] = [];
    // Four at a time, as above, so that each read races the other partitions' batches.
    for (let round = 0; round < 6; round++) {
      const answers = await Promise.all(
        MIXES.map((addressees, i) =>
          client.post('/directives', operator, directiveBody(`Read back ${round}.${i}`, addressees)),
        ),
      );
      for (const answer of answers) {
        const page = await client.get<{ items: { directiveId: string }[] }>(
          `/directives?limit=200&minPosition=${answer.position}`,
          operator,
        );
        ids.push(answer.id);
        expect({ id: answer.id, listed: page.items.some((item) => item.directiveId === answer.id) }).toEqual({
          id: answer.id,
          listed: true,
        });
      }
    }
    expect(ids).toHaveLength(24);
  }, 60_000);
});
