import { Consumer, ConsumerConfig, ConsumerGroupJoinEvent, EachBatchPayload, Kafka } from 'kafkajs';
import { LogSink } from '../log-sink';
import { ConsumeOptions, MessageConsumer } from '../port';
import { toIncomingMessage } from './kafka-messages';
import { withinTime } from './within-time';

export interface KafkaConsumerSettings {
  readonly joinTimeoutMs: number;
  readonly logger: LogSink;
  readonly consumer?: Partial<ConsumerConfig>;
}

/**
 * A consumer group member that hands whole partition batches to the handler. Offsets are resolved and
 * committed only after the handler resolves; a `resumeFrom` position (the consumer's own checkpoint)
 * overrides the group's committed offset each time a partition is assigned.
 */
export class KafkaMessageConsumer implements MessageConsumer {
  /** Per assigned partition, the seek to the consumer's own position (settled once it is issued). */
  private resumes = new Map<string, Promise<unknown>>();

  private constructor(
    private readonly consumer: Consumer,
    private readonly options: ConsumeOptions,
    private readonly logger: LogSink,
  ) {}

  static async start(kafka: Kafka, options: ConsumeOptions, settings: KafkaConsumerSettings) {
    const consumer = kafka.consumer({
      // kafkajs waits 5 s by default, and stop() waits for the fetch in flight; Java clients use 500 ms.
      maxWaitTimeInMs: 500,
      ...settings.consumer,
      groupId: options.group,
      allowAutoTopicCreation: false,
    });
    const self = new KafkaMessageConsumer(consumer, options, settings.logger);
    let joined!: () => void;
    const firstJoin = new Promise<void>((resolve) => (joined = resolve));
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      self.seekToResumePositions(event);
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

  /**
   * Seeking here, not on the first batch, matters when the group's commit is at the end of the log:
   * no batch would ever come to correct it. A batch fetched before the seek is discarded (isStale).
   */
  private seekToResumePositions({ payload }: ConsumerGroupJoinEvent): void {
    const resumeFrom = this.options.resumeFrom;
    this.resumes = new Map();
    if (!resumeFrom) return;
    for (const [topic, partitions] of Object.entries(payload.memberAssignment)) {
      for (const partition of partitions) {
        const seek = resumeFrom({ topic, partition }).then((last) => {
          if (last !== undefined) this.consumer.seek({ topic, partition, offset: (last + 1n).toString() });
        });
        seek.catch((error: unknown) =>
          this.logger.error(
            `Group ${this.options.group} could not read its position on ${topic}[${partition}]: ${error}`,
          ),
        );
        this.resumes.set(`${topic}:${partition}`, seek);
      }
    }
  }

  private async onBatch({ batch, resolveOffset, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    await this.resumes.get(`${topic}:${partition}`);
    if (!isRunning() || isStale()) return;
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
}
