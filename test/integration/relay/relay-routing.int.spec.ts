import { EVENTS_TOPIC, topicsFor } from '@hstf/contracts';
import { decodeRelayedEnvelope, IncomingMessage } from '@hstf/messaging';
import { deleteTopics, KAFKA_START_TIMEOUT_MS } from '../../helpers/kafka';
import { appendInterleaved, AppendedEvent, audienceCodes, newStreamId, Scope } from './relay-events';
import { RelayHarness } from './relay-harness';
import { endOffsets, idsByTopic, positionsByStream, readTopics } from './topic-contents';

describe('relay: routing to the topics of each event scope (PostgreSQL store, Kafka)', () => {
  const [tx, az, nm] = audienceCodes(3);
  const [fbi, hsi, cbp] = audienceCodes(3);
  // Overlapping audiences, a stream for the command center only, and one for every audience.
  const scopes: Scope[] = [
    { states: [tx], agencies: [fbi] },
    { states: [tx, az], agencies: [hsi] },
    { states: [nm], agencies: [fbi, cbp] },
    { states: [], agencies: [] },
    { states: [az], agencies: [] },
    { states: [tx, az, nm], agencies: [fbi, hsi, cbp] },
  ];
  const audienceTopics = topicsFor({ states: [tx, az, nm], agencies: [fbi, hsi, cbp] }).filter(
    (topic) => topic !== EVENTS_TOPIC,
  );
  const streams = scopes.map((scope) => ({ streamId: newStreamId(), scope }));
  const ourStreams = new Set(streams.map((s) => s.streamId));
  const ours = (message: IncomingMessage) => ourStreams.has(message.key);

  let harness: RelayHarness;
  let appended: AppendedEvent[];
  let messages: IncomingMessage[];

  beforeAll(async () => {
    harness = await RelayHarness.open('relay_routing');
    const from = await endOffsets([EVENTS_TOPIC]);
    appended = await appendInterleaved(harness.store, streams, 30);
    const relay = harness.relay({ maxBatchEvents: 25, topicOptions: { partitions: 3 } });
    await relay.untilCheckpoint(await harness.store.headPosition(), 60_000);
    const expected = appended.reduce((sum, event) => sum + event.topics.length, 0);
    messages = await readTopics(harness.fanOut, [EVENTS_TOPIC, ...audienceTopics], { from, ours, expected });
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await harness?.close();
    await deleteTopics(audienceTopics);
  });

  it('creates the topic of every audience before its first event', () => {
    expect(new Set(messages.map((m) => m.topic))).toEqual(new Set([EVENTS_TOPIC, ...audienceTopics]));
  });

  it('publishes every event once to each topic of its scope and to no other', () => {
    const delivered = idsByTopic(messages);
    for (const topic of [EVENTS_TOPIC, ...audienceTopics]) {
      const expected = appended.filter((event) => event.topics.includes(topic)).map((event) => event.id);
      expect({ topic, ids: [...(delivered.get(topic) ?? [])].sort() }).toEqual({
        topic,
        ids: expected.sort(),
      });
    }
    expect(messages).toHaveLength(appended.reduce((sum, event) => sum + event.topics.length, 0));
  });

  it('keeps the order of each stream on every topic', () => {
    const positions = positionsByStream(messages);
    expect(positions.size).toBe(
      appended.filter((e) => e.index === 0).reduce((n, e) => n + e.topics.length, 0),
    );
    for (const [topicAndStream, inOrder] of positions) {
      expect({ topicAndStream, inOrder }).toEqual({
        topicAndStream,
        inOrder: Array.from({ length: 30 }, (_, i) => BigInt(i)),
      });
    }
  });

  it('keys by stream and carries id, type, schema version and global position as headers', () => {
    for (const message of messages) {
      const envelope = decodeRelayedEnvelope(message.value);
      expect(message.key).toBe(envelope.streamId);
      expect(message.headers).toEqual({
        id: envelope.id,
        type: 'TaskingProgressReported',
        schemaVersion: '1',
        globalPosition: envelope.globalPosition.toString(),
      });
      expect(Date.parse(envelope.metadata.recordedAt ?? '')).not.toBeNaN();
    }
  });

  it('checkpoints the global position of the last event relayed', async () => {
    expect(await harness.checkpoints.load('main')).toBe(await harness.store.headPosition());
  });
});
