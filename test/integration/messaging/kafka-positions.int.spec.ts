import { KafkaFanOut, MessageBatch } from '@hstf/messaging';
import {
  BatchCollector,
  deleteTopics,
  KAFKA_START_TIMEOUT_MS,
  KAFKA_TEST_TIMEOUT_MS,
  kafkaFanOut,
  RecordingLogSink,
  uniqueName,
} from '../../helpers/kafka';

const values = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `m${from + i}`);

/**
 * What a projector relies on: it stores the last offset it applied with its read-model writes and is
 * resumed from there, the group's commit follows only what the handler acknowledged, and a failed
 * batch comes back.
 */
describe('Kafka fan-out: positions and redelivery on a real broker', () => {
  jest.setTimeout(KAFKA_TEST_TIMEOUT_MS);

  const topic = uniqueName('positions');
  const logs = new RecordingLogSink();
  let fanOut: KafkaFanOut;
  const publish = (from: number, to: number) =>
    fanOut.publish(values(from, to).map((value) => ({ topic, key: 'report-1', value })));

  beforeAll(async () => {
    fanOut = await kafkaFanOut('positions', logs);
    await fanOut.ensureTopics([topic], { partitions: 1 });
    await publish(0, 10);
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await fanOut?.close();
    await deleteTopics([topic]);
  });

  it('resumes a group after what it acknowledged, without repeating it', async () => {
    const group = uniqueName('g');
    const first = new BatchCollector();
    const consumer = await fanOut.consume({ group, topics: [topic], handler: first.handler });
    await first.until(10, 20_000);
    await consumer.stop();
    await publish(10, 12);
    const second = new BatchCollector();
    const again = await fanOut.consume({ group, topics: [topic], handler: second.handler });
    await second.until(2, 20_000);
    await again.stop();
    expect(second.values).toEqual(['m10', 'm11']);
  }, 60_000);

  it("starts after the consumer's stored offset, ahead of or behind the group's commit", async () => {
    const group = uniqueName('g');
    const reader = new BatchCollector();
    const consumer = await fanOut.consume({ group, topics: [topic], handler: reader.handler });
    const offsets = (await reader.until(12, 20_000)).map((m) => m.offset);
    await consumer.stop();

    // The group committed everything; the consumer's own store says it applied up to m3 only.
    const behind = new BatchCollector();
    const resumeFrom = jest.fn(async () => offsets[3]);
    const resumed = await fanOut.consume({ group, topics: [topic], resumeFrom, handler: behind.handler });
    await behind.until(8, 20_000);
    await resumed.stop();
    expect(behind.values).toEqual(values(4, 12));
    expect(resumeFrom).toHaveBeenCalledWith({ topic, partition: 0 });

    const fresh = new BatchCollector();
    const ahead = await fanOut.consume({
      group: uniqueName('g'),
      topics: [topic],
      resumeFrom: async () => offsets[9],
      handler: fresh.handler,
    });
    await fresh.until(2, 20_000);
    await ahead.stop();
    expect(fresh.values).toEqual(['m10', 'm11']);
  }, 60_000);

  it('redelivers a batch whose handler failed, and moves on once it succeeds', async () => {
    let failures = 0;
    const handled = new BatchCollector();
    const handler = async (batch: MessageBatch) => {
      if (failures < 2) {
        failures += 1;
        throw new Error('read-model transaction rolled back');
      }
      await handled.handler(batch);
    };
    const consumer = await fanOut.consume({ group: uniqueName('g'), topics: [topic], handler });
    await handled.until(12, 30_000);
    await consumer.stop();
    expect(failures).toBe(2);
    expect(handled.values).toEqual(values(0, 12));
  }, 60_000);
});
