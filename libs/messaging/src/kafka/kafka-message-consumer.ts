import { Batch, Consumer, ConsumerConfig, EachBatchPayload, Kafka } from 'kafkajs';
import { ConsumeOptions, MessageConsumer } from '../port';
import { toIncomingMessage } from './kafka-messages';

export interface KafkaConsumerSettings {
  readonly joinTimeoutMs: number;
  readonly consumer?: Partial<ConsumerConfig>;
}

/**
 * A consumer group member that hands whole partition batches to the handler. Offsets are resolved and
 * committed only after the handler resolves; a `resumeFrom` position (the consumer's own checkpoint)
 * overrides the group's committed offset each time a partition is assigned.
 */
export class KafkaMessageConsumer implements MessageConsumer {
  /** Partitions whose fetch position was checked against `resumeFrom` since the last (re)join. */
  private readonly aligned = new Set<string>();

  private constructor(
    private readonly consumer: Consumer,
    private readonly options: ConsumeOptions,
  ) {}

  static async start(
    kafka: Kafka,
    options: ConsumeOptions,
    settings: KafkaConsumerSettings,
  ): Promise<KafkaMessageConsumer> {
    const consumer = kafka.consumer({
      ...settings.consumer,
      groupId: options.group,
      allowAutoTopicCreation: false,
    });
    const self = new KafkaMessageConsumer(consumer, options);
    let joined!: () => void;
    const firstJoin = new Promise<void>((resolve) => (joined = resolve));
    consumer.on(consumer.events.GROUP_JOIN, () => {
      self.aligned.clear();
      joined();
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [...options.topics], fromBeginning: options.startAt !== 'latest' });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: 1,
        eachBatch: (payload) => self.onBatch(payload),
      });
      await withinTime(firstJoin, settings.joinTimeoutMs, `Consumer group ${options.group} did not join`);
      return self;
    } catch (error) {
      await consumer.disconnect();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  private async onBatch({ batch, resolveOffset, isRunning, isStale }: EachBatchPayload): Promise<void> {
    if (!isRunning() || isStale() || !(await this.startsWhereResumed(batch))) return;
    const { topic, partition } = batch;
    const messages = batch.messages.map((m) => toIncomingMessage(topic, partition, m));
    await this.options.handler({
      topic,
      partition,
      messages,
      lastOffset: messages[messages.length - 1].offset,
    });
    resolveOffset(batch.lastOffset());
    const next = (BigInt(batch.lastOffset()) + 1n).toString();
    await this.consumer.commitOffsets([{ topic, partition, offset: next }]);
  }

  /** False when the batch was fetched from another position; the seek makes the next fetch right. */
  private async startsWhereResumed(batch: Batch): Promise<boolean> {
    const key = `${batch.topic}:${batch.partition}`;
    if (!this.options.resumeFrom || this.aligned.has(key)) return true;
    const last = await this.options.resumeFrom({ topic: batch.topic, partition: batch.partition });
    this.aligned.add(key);
    if (last === undefined) return true;
    const next = last + 1n;
    if (batch.firstOffset() === next.toString()) return true;
    this.consumer.seek({ topic: batch.topic, partition: batch.partition, offset: next.toString() });
    return false;
  }
}

async function withinTime(promise: Promise<void>, ms: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
