import { EVENTS_TOPIC, topicsFor } from '@hstf/contracts';
import {
  CheckpointStore,
  EventRelay,
  IncomingMessage,
  MessagePublisher,
  OutgoingMessage,
  TopicProvisioner,
  UncontestedLease,
} from '@hstf/messaging';
import { deleteTopics, KAFKA_START_TIMEOUT_MS } from '../../helpers/kafka';
import { appendInterleaved, audienceCodes, newStreamId } from './relay-events';
import { RelayHarness } from './relay-harness';
import { endOffsets, positionsByStream, readTopics } from './topic-contents';

type Step =
  | { kind: 'publish'; ids: string[]; outcome: 'acked' | 'ack lost' }
  | { kind: 'checkpoint'; position: bigint };

/** Writes to Kafka, then reports a failure the first `failures` times: an acknowledgement lost on the way. */
function losingAcks(inner: MessagePublisher & TopicProvisioner, failures: number, steps: Step[]) {
  let left = failures;
  return {
    ensureTopics: inner.ensureTopics.bind(inner),
    async publish(messages: readonly OutgoingMessage[]): Promise<void> {
      await inner.publish(messages);
      const ids = [...new Set(messages.map((m) => m.headers!.id))];
      if (left-- > 0) {
        steps.push({ kind: 'publish', ids, outcome: 'ack lost' });
        throw new Error('request timed out');
      }
      steps.push({ kind: 'publish', ids, outcome: 'acked' });
    },
  };
}

function recording(inner: CheckpointStore, steps: Step[]): CheckpointStore {
  return {
    load: (name) => inner.load(name),
    save: async (name, position) => {
      await inner.save(name, position);
      steps.push({ kind: 'checkpoint', position });
    },
  };
}

describe('relay: the checkpoint moves only after Kafka acknowledged', () => {
  const [state] = audienceCodes(1);
  const scope = { states: [state], agencies: [] };
  const topics = topicsFor(scope);
  const streams = [0, 1, 2].map(() => ({ streamId: newStreamId(), scope }));
  const ours = (message: IncomingMessage) => streams.some((s) => s.streamId === message.key);
  let harness: RelayHarness;

  beforeAll(async () => {
    harness = await RelayHarness.open('relay_ack');
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await harness?.close();
    await deleteTopics(topics.filter((t) => t !== EVENTS_TOPIC));
  });

  it('checkpoints nothing for a batch whose acknowledgement was lost, and sends that same batch again', async () => {
    const from = await endOffsets([EVENTS_TOPIC]);
    const appended = await appendInterleaved(harness.store, streams, 10);
    const steps: Step[] = [];
    const relay = new EventRelay(
      {
        store: harness.store,
        fanOut: losingAcks(harness.fanOut, 2, steps),
        checkpoints: recording(harness.checkpoints, steps),
        lease: new UncontestedLease(),
        logger: harness.logger,
      },
      { name: 'ack', maxBatchEvents: 12, retry: { initialMs: 20, maxMs: 50 } },
    );
    relay.start();
    try {
      await relay.untilCheckpoint(await harness.store.headPosition(), 30_000);
    } finally {
      await relay.stop();
    }

    // The first batch: two lost acknowledgements, no checkpoint between, then the same ids acknowledged.
    expect(steps.slice(0, 4).map((s) => (s.kind === 'publish' ? s.outcome : s.kind))).toEqual([
      'ack lost',
      'ack lost',
      'acked',
      'checkpoint',
    ]);
    const [first, second, third] = steps as Extract<Step, { kind: 'publish' }>[];
    expect(second.ids).toEqual(first.ids);
    expect(third.ids).toEqual(first.ids);
    expect(first.ids).toEqual(appended.slice(0, 12).map((e) => e.id));
    // Every checkpoint follows an acknowledged publish of the batch ending at that position.
    steps.forEach((step, i) => {
      if (step.kind === 'checkpoint')
        expect(steps[i - 1]).toMatchObject({ kind: 'publish', outcome: 'acked' });
    });
    expect(await harness.checkpoints.load('ack')).toBe(await harness.store.headPosition());

    // Consumers see the first batch three times; deduplicated by id, every event once and each stream in order.
    const messages = await readTopics(harness.fanOut, topics, {
      from,
      ours,
      expected: appended.length * 2 + 12 * 2 * 2,
    });
    expect(messages).toHaveLength(appended.length * 2 + 12 * 2 * 2);
    for (const topic of topics) {
      const ids = new Set(messages.filter((m) => m.topic === topic).map((m) => m.headers.id));
      expect(ids).toEqual(new Set(appended.map((e) => e.id)));
    }
    for (const [, positions] of positionsByStream(messages)) {
      expect(positions).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i)));
    }
  }, 90_000);

  it('resumes after its checkpoint when restarted: nothing relayed before is sent again', async () => {
    const relay = harness.relay({ name: 'resume' });
    await relay.untilCheckpoint(await harness.store.headPosition(), 30_000);
    await relay.stop();

    const from = await endOffsets(topics);
    const stream = { streamId: newStreamId(), scope };
    const more = await appendInterleaved(harness.store, [stream], 5);
    const restarted = harness.relay({ name: 'resume' });
    await restarted.untilCheckpoint(await harness.store.headPosition(), 30_000);
    const messages = await readTopics(harness.fanOut, topics, {
      from,
      ours: (message) => ours(message) || message.key === stream.streamId,
      expected: more.length * topics.length,
    });
    for (const topic of topics) {
      const ids = messages.filter((m) => m.topic === topic).map((m) => m.headers.id);
      expect({ topic, ids }).toEqual({ topic, ids: more.map((e) => e.id) });
    }
  }, 90_000);
});
