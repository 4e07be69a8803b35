import { EVENTS_TOPIC, topicsFor } from '@hstf/contracts';
import { EventRelay, MessagePublisher, OutgoingMessage, TopicProvisioner } from '@hstf/messaging';
import { Client } from 'pg';
import { deleteTopics, KAFKA_START_TIMEOUT_MS, RecordingLogSink } from '../../helpers/kafka';
import { appendInterleaved, AppendedEvent, audienceCodes, newStreamId } from './relay-events';
import { RelayHarness } from './relay-harness';
import { endOffsets, EndOffsets, positionsByStream, readTopics } from './topic-contents';

interface Publish {
  readonly relay: string;
  readonly started: number;
  readonly ended: number;
}

/** Records who published when, to show that two relays never publish at the same time. */
function recordingPublisher(relay: string, inner: MessagePublisher & TopicProvisioner, publishes: Publish[]) {
  return {
    ensureTopics: inner.ensureTopics.bind(inner),
    async publish(messages: readonly OutgoingMessage[]): Promise<void> {
      const started = performance.now();
      await inner.publish(messages);
      publishes.push({ relay, started, ended: performance.now() });
    },
  };
}

const overlaps = (publishes: readonly Publish[]) =>
  publishes.filter((a) =>
    publishes.some((b) => a.relay !== b.relay && a.started < b.ended && b.started < a.ended),
  );

describe('relay: one active relay per database (advisory lock lease)', () => {
  const [state] = audienceCodes(1);
  const scope = { states: [state], agencies: [] };
  const topics = topicsFor(scope);
  const streams = [0, 1, 2, 3].map(() => ({ streamId: newStreamId(), scope }));
  const publishes: Publish[] = [];
  const appended: AppendedEvent[] = [];
  const relays = new Map<string, EventRelay>();
  const logs = new Map<string, RecordingLogSink>();
  let harness: RelayHarness;
  let from: EndOffsets;

  const startRelay = (name: string): EventRelay => {
    const logger = new RecordingLogSink();
    const relay = harness.relay({
      fanOut: recordingPublisher(name, harness.fanOut, publishes),
      logger,
      maxBatchEvents: 5,
    });
    logs.set(name, logger);
    relays.set(name, relay);
    return relay;
  };
  const active = () => [...relays].filter(([, relay]) => relay.state === 'active').map(([name]) => name);
  const appendMore = async (perStream: number) =>
    appended.push(
      ...(await appendInterleaved(harness.store, streams, perStream, appended.length / streams.length)),
    );
  const relayedAll = async (relay: EventRelay) =>
    relay.untilCheckpoint(await harness.store.headPosition(), 30_000);

  beforeAll(async () => {
    harness = await RelayHarness.open('relay_lease');
    from = await endOffsets([EVENTS_TOPIC]);
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await harness?.close();
    await deleteTopics(topics.filter((t) => t !== EVENTS_TOPIC));
  });

  it('lets one of two relays publish while the other stands by', async () => {
    startRelay('a');
    startRelay('b');
    await appendMore(5);
    const holder = await until(() => active()[0]);
    await relayedAll(relays.get(holder)!);
    expect(active()).toEqual([holder]);
    expect(relays.get(holder === 'a' ? 'b' : 'a')!.state).toBe('standby');
    expect(new Set(publishes.map((p) => p.relay))).toEqual(new Set([holder]));
  }, 60_000);

  it('hands over to the standby when the active relay stops, from the checkpoint on', async () => {
    const [holder] = active();
    const standby = holder === 'a' ? 'b' : 'a';
    const publishedBefore = publishes.length;
    await relays.get(holder)!.stop();
    await appendMore(5);
    await relayedAll(relays.get(standby)!);
    expect(active()).toEqual([standby]);
    expect(new Set(publishes.slice(publishedBefore).map((p) => p.relay))).toEqual(new Set([standby]));
    expect(overlaps(publishes)).toEqual([]);
  }, 60_000);

  it('stops publishing at once when its lease session is killed, and another relay takes over', async () => {
    const [holder] = active();
    startRelay('c');
    const killed = await terminateLeaseSession(harness.database.connectionString);
    expect(killed).toBe(1);
    await until(() => logs.get(holder)!.lines.some((line) => line.includes('relay lease lost')));
    await appendMore(5);
    const next = await until(() => active()[0]);
    await relayedAll(relays.get(next)!);
    expect(active()).toHaveLength(1);
  }, 60_000);

  it('delivered every event, and each stream in order, across the hand-overs', async () => {
    const messages = await readTopics(harness.fanOut, topics, {
      from,
      ours: (message) => streams.some((s) => s.streamId === message.key),
      expected: appended.length * topics.length,
    });
    for (const topic of topics) {
      const ids = new Set(messages.filter((m) => m.topic === topic).map((m) => m.headers.id));
      expect(ids).toEqual(new Set(appended.map((e) => e.id)));
    }
    for (const [, positions] of positionsByStream(messages)) {
      expect(positions).toEqual(Array.from({ length: 15 }, (_, i) => BigInt(i)));
    }
  }, 90_000);
});

/** Ends the session holding this database's advisory lock, as a network failure or a DBA would. */
async function terminateLeaseSession(connectionString: string): Promise<number> {
  const admin = new Client({ connectionString });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ terminated: boolean }>(`
      SELECT pg_terminate_backend(l.pid) AS terminated
        FROM pg_locks l
       WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`);
    return rows.filter((row) => row.terminated).length;
  } finally {
    await admin.end();
  }
}

async function until<T>(probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
