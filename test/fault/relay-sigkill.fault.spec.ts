import { setTimeout as sleep } from 'node:timers/promises';
import { EVENTS_TOPIC, topicsFor } from '@hstf/contracts';
import { openPgEventStore, PgDriver, PostgresEventStore } from '@hstf/event-store';
import {
  decodeRelayedEnvelope,
  IncomingMessage,
  KafkaFanOut,
  MessageConsumer,
  PostgresCheckpointStore,
} from '@hstf/messaging';
import {
  deleteTopics,
  KAFKA_START_TIMEOUT_MS,
  kafkaClientEnv,
  kafkaFanOut,
  uniqueName,
} from '../helpers/kafka';
import { createTestDatabase, TestDatabase } from '../helpers/postgres';
import {
  AppendedEvent,
  appendInterleaved,
  audienceCodes,
  newStreamId,
  Scope,
} from '../integration/relay/relay-events';
import { endOffsets } from '../integration/relay/topic-contents';
import { buildApps, AppProcess } from './app-process';

const KILLS = 10;
const BACKLOG_ROUNDS = 250;

describe('relay process killed with SIGKILL mid-stream, again and again', () => {
  const [tx, az] = audienceCodes(2);
  const [fbi, hsi] = audienceCodes(2);
  const scopes: Scope[] = [
    { states: [tx], agencies: [fbi] },
    { states: [az], agencies: [hsi] },
    { states: [tx, az], agencies: [] },
    { states: [], agencies: [fbi, hsi] },
  ];
  const streams = Array.from({ length: 12 }, (_, i) => ({
    streamId: newStreamId(),
    scope: scopes[i % scopes.length],
  }));
  const topics = topicsFor({ states: [tx, az], agencies: [fbi, hsi] });
  const received: IncomingMessage[] = [];
  const appended: AppendedEvent[] = [];
  let database: TestDatabase;
  let store: PostgresEventStore;
  let fanOut: KafkaFanOut;
  let consumer: MessageConsumer;
  let env: Record<string, string>;
  let watcherDriver: PgDriver;
  let checkpoints: PostgresCheckpointStore;
  const checkpoint = () => checkpoints.load('main');

  beforeAll(async () => {
    await buildApps();
    database = await createTestDatabase('relay_sigkill');
    store = await openPgEventStore({ pool: { connectionString: database.connectionString } });
    // The test watches the relay's checkpoint through the same store the relay writes it with.
    watcherDriver = new PgDriver({ pool: { connectionString: database.connectionString, max: 1 } });
    checkpoints = await PostgresCheckpointStore.open(watcherDriver);
    fanOut = await kafkaFanOut('relay-sigkill');
    await fanOut.ensureTopics(topics);
    const from = await endOffsets(topics);
    const ours = new Set(streams.map((s) => s.streamId));
    consumer = await fanOut.consume({
      group: uniqueName('relay-sigkill'),
      topics,
      resumeFrom: async ({ topic, partition }) => {
        const end = from.get(`${topic}:${partition}`);
        return end === undefined || end === 0n ? undefined : end - 1n;
      },
      handler: async (batch) => void received.push(...batch.messages.filter((m) => ours.has(m.key))),
    });
    env = {
      DATABASE_URL: database.connectionString,
      ...(await kafkaClientEnv()),
      RELAY_METRICS_PORT: '0',
      RELAY_METRICS_HOST: '127.0.0.1',
      // Small batches: many publishes and checkpoints per run, so a kill lands between and inside them.
      HSTF_RELAY_BATCH_SIZE: '20',
      KAFKA_LOG_LEVEL: 'error',
    };
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await watcherDriver?.close();
    await consumer?.stop();
    await fanOut?.close();
    await store?.close();
    await database?.drop();
    await deleteTopics(topics.filter((t) => t !== EVENTS_TOPIC));
  });

  it('loses nothing, and its duplicates are re-sends of the same events, in stream order', async () => {
    // A backlog first, so that the first runs are killed while publishing at full speed, then a steady
    // stream of appends, so that later runs are killed while following the live feed.
    let round = 0;
    const appendRound = async () => {
      const events = await Promise.all(streams.map((stream) => appendInterleaved(store, [stream], 1, round)));
      round++;
      appended.push(...events.flat());
    };
    while (round < BACKLOG_ROUNDS) await appendRound();
    let writing = true;
    const writer = (async () => {
      while (writing) {
        await appendRound();
        await sleep(10);
      }
    })();

    const killedAfter: number[] = [];
    try {
      for (let kill = 1; kill <= KILLS; kill++) {
        const relay = new AppProcess(env);
        await relay.until('holds the lease');
        // Mid-stream: once this run has checkpointed a batch of the backlog that built up while no relay ran,
        // at a random moment of the batches that follow.
        const start = (await checkpoint()) ?? -1n;
        const before = received.length;
        await until(async () => ((await checkpoint()) ?? -1n) > start, 20_000, relay);
        await sleep(Math.random() * 40);
        relay.kill('SIGKILL');
        expect((await relay.exited).signal).toBe('SIGKILL');
        killedAfter.push(received.length - before);
      }
    } finally {
      writing = false;
      await writer;
    }

    const last = new AppProcess(env);
    await last.until('holds the lease');
    const head = await store.headPosition();
    await until(async () => (await checkpoint()) === head, 60_000, last);
    last.kill('SIGTERM');
    expect(await last.exited).toEqual({ code: 0, signal: null });

    const expected = appended.reduce((sum, event) => sum + event.topics.length, 0);
    await until(() => new Set(received.map((m) => `${m.topic}|${m.headers.id}`)).size >= expected, 60_000);

    // Nothing lost, nothing foreign: per topic, exactly the events of that audience.
    for (const topic of topics) {
      const ids = new Set(received.filter((m) => m.topic === topic).map((m) => m.headers.id));
      const want = appended.filter((event) => event.topics.includes(topic)).map((event) => event.id);
      expect({ topic, count: ids.size, missing: want.filter((id) => !ids.has(id)) }).toEqual({
        topic,
        count: want.length,
        missing: [],
      });
    }
    // A duplicate repeats an event already delivered on that topic, byte for byte.
    const first = new Map<string, IncomingMessage>();
    let duplicates = 0;
    for (const message of received) {
      const key = `${message.topic}|${message.headers.id}`;
      const earlier = first.get(key);
      if (!earlier) first.set(key, message);
      else {
        duplicates++;
        expect(message.value.equals(earlier.value)).toBe(true);
      }
    }
    // A consumer deduplicating by id sees each stream in order on every topic.
    for (const topic of topics) {
      const byStream = new Map<string, bigint[]>();
      for (const [key, message] of first) {
        if (!key.startsWith(`${topic}|`)) continue;
        const envelope = decodeRelayedEnvelope(message.value);
        byStream.set(envelope.streamId, [
          ...(byStream.get(envelope.streamId) ?? []),
          envelope.streamPosition,
        ]);
      }
      for (const [streamId, positions] of byStream) {
        expect({ topic, streamId, positions }).toEqual({
          topic,
          streamId,
          positions: positions.map((_, i) => BigInt(i)),
        });
      }
    }
    console.log(
      `relay SIGKILL x${KILLS}: ${appended.length} events, ${expected} messages expected, ${received.length} received ` +
        `(${duplicates} re-sent duplicates); messages seen per killed run: ${killedAfter.join(', ')}`,
    );
  }, 150_000);
});

async function until(
  probe: () => boolean | Promise<boolean>,
  timeoutMs: number,
  relay?: AppProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms\n${relay?.output() ?? ''}`);
    await sleep(25);
  }
}
