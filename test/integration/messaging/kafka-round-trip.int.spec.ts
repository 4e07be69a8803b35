import { randomBytes } from 'node:crypto';
import { KafkaFanOut, MessageConsumer, OutgoingMessage } from '@hstf/messaging';
import {
  BatchCollector,
  deleteTopics,
  KAFKA_START_TIMEOUT_MS,
  KAFKA_TEST_TIMEOUT_MS,
  kafkaFanOut,
  uniqueName,
  valuesByKey,
} from '../../helpers/kafka';

describe('Kafka fan-out: publish and consume on a real broker', () => {
  jest.setTimeout(KAFKA_TEST_TIMEOUT_MS);

  const topic = uniqueName('round-trip');
  const ordered = uniqueName('per-key-order');
  const large = uniqueName('large-publish');
  let fanOut: KafkaFanOut;
  const consumers: MessageConsumer[] = [];

  beforeAll(async () => {
    fanOut = await kafkaFanOut('round-trip');
    await fanOut.ensureTopics([topic, ordered, large], { partitions: 6 });
  }, KAFKA_START_TIMEOUT_MS);

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((c) => c.stop()));
  });

  afterAll(async () => {
    await fanOut?.close();
    await deleteTopics([topic, ordered, large]);
  });

  it('delivers key, value bytes and headers once the publish is acknowledged', async () => {
    const seen = new BatchCollector();
    consumers.push(await fanOut.consume({ group: uniqueName('g'), topics: [topic], handler: seen.handler }));
    await fanOut.publish([
      {
        topic,
        key: 'directive-5f1c',
        value: JSON.stringify({ title: 'Stand up the Texas task force' }),
        headers: { id: 'a3c0', type: 'DirectiveIssued', schemaVersion: '1', globalPosition: '42' },
      },
      { topic, key: 'directive-5f1c', value: Buffer.from([0, 1, 254, 255]) },
    ]);
    const [issued, binary] = await seen.until(2, 20_000);
    expect(issued).toMatchObject({ topic, key: 'directive-5f1c' });
    expect(JSON.parse(issued.value.toString())).toEqual({ title: 'Stand up the Texas task force' });
    expect(issued.headers).toEqual({
      id: 'a3c0',
      type: 'DirectiveIssued',
      schemaVersion: '1',
      globalPosition: '42',
    });
    expect(binary.value).toEqual(Buffer.from([0, 1, 254, 255]));
    expect(binary.partition).toBe(issued.partition);
    expect(binary.offset).toBe(issued.offset + 1n);
    expect(issued.timestamp.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('keeps per-key order on every partition, for each group, each message once', async () => {
    const keys = 24;
    const perKey = 40;
    const messages: OutgoingMessage[] = [];
    for (let i = 0; i < perKey; i++) {
      for (let k = 0; k < keys; k++)
        messages.push({ topic: ordered, key: `tasking-${k}`, value: `${k}:${i}` });
    }
    const groups = [new BatchCollector(), new BatchCollector()];
    for (const collector of groups) {
      consumers.push(
        await fanOut.consume({ group: uniqueName('g'), topics: [ordered], handler: collector.handler }),
      );
    }
    // Concurrent publishes must still reach the broker in call order: the adapter sends one at a time.
    await Promise.all(
      Array.from({ length: 16 }, (_, b) => fanOut.publish(messages.slice(b * 60, (b + 1) * 60))),
    );

    for (const collector of groups) {
      const seen = await collector.until(messages.length, 30_000);
      expect(seen).toHaveLength(messages.length);
      const byKey = valuesByKey(seen);
      for (let k = 0; k < keys; k++) {
        expect(byKey.get(`tasking-${k}`)).toEqual(Array.from({ length: perKey }, (_, i) => `${k}:${i}`));
      }
      expect(new Set(seen.map((m) => m.partition)).size).toBeGreaterThan(1);
      expect(collector.batches.every((b) => b.lastOffset === b.messages.at(-1)!.offset)).toBe(true);
    }
  }, 60_000);

  it('gets a publish larger than the broker takes in one request through, in order', async () => {
    // 3 MiB of random (incompressible) values on one key, one partition: one request would be refused
    // as too large (message.max.bytes 1 MiB) and retried forever.
    const messages: OutgoingMessage[] = Array.from({ length: 96 }, (_, n) => ({
      topic: large,
      key: 'directive-large',
      value: Buffer.concat([Buffer.from(`${n}:`), randomBytes(32 * 1024)]),
    }));
    const seen = new BatchCollector();
    consumers.push(await fanOut.consume({ group: uniqueName('g'), topics: [large], handler: seen.handler }));
    await fanOut.publish(messages);
    const received = await seen.until(messages.length, 30_000);
    expect(received.map((m) => m.value)).toEqual(messages.map((m) => m.value));
  }, 60_000);
});
