import { EVENTS_TOPIC, topicsFor } from '@hstf/contracts';
import { PgliteDriver, PostgresEventStore } from '@hstf/event-store';
import {
  decodeRelayedEnvelope,
  EventRelay,
  InProcessFanOut,
  PostgresCheckpointStore,
  RelayMetrics,
  UncontestedLease,
} from '@hstf/messaging';
import { BatchCollector } from '../../helpers/kafka';
import { appendInterleaved, newStreamId } from './relay-events';

// PGlite's dynamic imports need to run outside Jest's module sandbox (see that helper).
jest.mock('@electric-sql/pglite', () =>
  jest
    .requireActual<typeof import('../../conformance/pglite-outside-jest-sandbox')>(
      '../../conformance/pglite-outside-jest-sandbox',
    )
    .nativePglite(),
);

const quiet = { error: jest.fn(), warn: jest.fn(), log: jest.fn() };

describe('relay: embedded profile (PGlite store and checkpoint, in-process fan-out)', () => {
  let driver: PgliteDriver;
  let store: PostgresEventStore;
  let fanOut: InProcessFanOut;

  beforeAll(async () => {
    driver = await PgliteDriver.open();
    store = await PostgresEventStore.open(driver);
    fanOut = new InProcessFanOut({ logger: quiet });
  });

  afterAll(async () => {
    await fanOut.close();
    await store.close();
  });

  async function startRelay(metrics = new RelayMetrics()): Promise<EventRelay> {
    const checkpoints = await PostgresCheckpointStore.open(driver);
    const relay = new EventRelay(
      { store, fanOut, checkpoints, lease: new UncontestedLease(), metrics, logger: quiet },
      { name: 'embedded' },
    );
    relay.start();
    return relay;
  }

  it('runs the same relay on PGlite, checkpointing in the same database, and resumes after a restart', async () => {
    const scope = { states: ['TX'], agencies: ['FBI'] };
    const streams = [{ streamId: newStreamId(), scope }];
    await fanOut.ensureTopics(topicsFor(scope));
    const seen = new BatchCollector();
    await fanOut.consume({ group: 'embedded-feed', topics: [topicsFor(scope)[2]], handler: seen.handler });

    const first = await appendInterleaved(store, streams, 20);
    const relay = await startRelay();
    await relay.untilCheckpoint(await store.headPosition());
    await relay.stop();

    const second = await appendInterleaved(store, streams, 10, 20);
    const restarted = await startRelay();
    await restarted.untilCheckpoint(await store.headPosition());
    await restarted.stop();

    const delivered = (await seen.until(30)).map((m) => decodeRelayedEnvelope(m.value));
    expect(delivered.map((e) => e.id)).toEqual([...first, ...second].map((e) => e.id));
    expect(delivered.map((e) => e.streamPosition)).toEqual(Array.from({ length: 30 }, (_, i) => BigInt(i)));
    const [row] = await driver.query<{ position: string }>(
      `SELECT position::text AS position FROM relay_checkpoints WHERE name = 'embedded'`,
    );
    expect(BigInt(row.position)).toBe(await store.headPosition());
  });

  it('reports its lag, batches and published events as Prometheus metrics', async () => {
    const metrics = new RelayMetrics();
    const relay = await startRelay(metrics);
    await appendInterleaved(store, [{ streamId: newStreamId(), scope: { states: [], agencies: [] } }], 3);
    await relay.untilCheckpoint(await store.headPosition());
    const text = await metrics.registry.metrics();
    await relay.stop();
    expect(text).toMatch(/^hstf_relay_active 1$/m);
    expect(text).toMatch(/^hstf_relay_lag_positions 0$/m);
    expect(text).toMatch(/^hstf_relay_published_events_total 3$/m);
    expect(text).toMatch(/^hstf_relay_published_messages_total 3$/m);
    expect(text).toMatch(/^hstf_relay_batch_events_count \d+$/m);
    expect(await fanOut.ensureTopics([EVENTS_TOPIC])).toEqual({ created: [], existing: [EVENTS_TOPIC] });
  });
});
