import { CompressionTypes, EachBatchPayload } from 'kafkajs';
import { KafkaFanOut, PRODUCER_CONFIG, sendSettings } from '@hstf/messaging';
import {
  deleteTopics,
  KAFKA_START_TIMEOUT_MS,
  KAFKA_TEST_TIMEOUT_MS,
  kafkaFanOut,
  rawKafka,
  uniqueName,
} from '../../helpers/kafka';

/** What the broker stored about the record batch a message came in (kafkajs keeps it, untyped). */
interface BatchContext {
  producerId: string;
  producerEpoch: number;
  firstSequence: number;
}

describe('Kafka fan-out: the producer is idempotent, acks=all, gzip', () => {
  jest.setTimeout(KAFKA_TEST_TIMEOUT_MS);

  const topic = uniqueName('idempotent');
  let fanOut: KafkaFanOut;

  beforeAll(async () => {
    fanOut = await kafkaFanOut('idempotent');
    await fanOut.ensureTopics([topic], { partitions: 1 });
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await fanOut?.close();
    await deleteTopics([topic]);
  });

  it('is configured for idempotence: acks=all, one request in flight, no topic creation, gzip', () => {
    expect(PRODUCER_CONFIG).toMatchObject({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    expect(sendSettings()).toMatchObject({ acks: -1, compression: CompressionTypes.GZIP });
    expect(sendSettings('none')).toMatchObject({ acks: -1, compression: CompressionTypes.None });
  });

  it('writes batches the broker stamped with a producer id and consecutive sequence numbers', async () => {
    await fanOut.publish([1, 2, 3].map((n) => ({ topic, key: 'commitment-1', value: `first ${n}` })));
    await fanOut.publish([4, 5].map((n) => ({ topic, key: 'commitment-1', value: `second ${n}` })));

    const consumer = (await rawKafka()).consumer({ groupId: uniqueName('inspect') });
    const contexts: BatchContext[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            eachBatch: async ({ batch }: EachBatchPayload) => {
              for (const message of batch.messages) {
                contexts.push((message as unknown as { batchContext: BatchContext }).batchContext);
              }
              if (contexts.length >= 5) resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }

    const producerIds = new Set(contexts.map((c) => c.producerId));
    expect(producerIds.size).toBe(1);
    expect(BigInt([...producerIds][0])).toBeGreaterThanOrEqual(0n);
    expect(contexts.every((c) => c.producerEpoch >= 0)).toBe(true);
    // One sequence per record: the second batch starts where the first one ended.
    expect([...new Set(contexts.map((c) => c.firstSequence))]).toEqual([0, 3]);
  }, 60_000);
});
