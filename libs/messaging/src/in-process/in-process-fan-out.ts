import { defaultLogSink, LogSink } from '../log-sink';
import {
  ConsumeOptions,
  FanOut,
  GroupAlreadyConsuming,
  MessageConsumer,
  OutgoingMessage,
  ProvisionedTopics,
  TopicOptions,
  UnknownTopic,
} from '../port';
import { InProcessConsumer } from './in-process-consumer';
import { TopicLog } from './topic-log';

export interface InProcessFanOutOptions {
  readonly logger?: LogSink;
  readonly maxBatchSize?: number;
  /** Defaults: 1 partition; 5 minutes of retention for a topic no group consumes yet. */
  readonly topicDefaults?: TopicOptions;
  readonly clock?: () => Date;
}

const DEFAULT_RETENTION_MS = 5 * 60_000;

/**
 * The fan-out port in memory, for the embedded profile: same contract as Kafka (provisioned topics,
 * per-key order, independent groups, at-least-once batches), nothing survives the process.
 */
export class InProcessFanOut implements FanOut {
  private readonly topics = new Map<string, TopicLog>();
  private readonly groups = new Map<string, Promise<InProcessConsumer>>();
  /**
   * Offsets start from the wall clock (a million per millisecond) rather than 0, so a position a consumer
   * stored during an earlier process is below every offset of this one and resets instead of skipping.
   */
  private readonly firstOffset: bigint;
  private readonly logger: LogSink;

  constructor(private readonly options: InProcessFanOutOptions = {}) {
    this.logger = options.logger ?? defaultLogSink('InProcessFanOut');
    this.firstOffset = BigInt((options.clock?.() ?? new Date()).getTime()) * 1_000_000n;
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    this.requireTopics(messages.map((m) => m.topic));
    const now = this.options.clock?.() ?? new Date();
    for (const message of messages) this.topics.get(message.topic)!.append(message, now);
  }

  async ensureTopics(names: readonly string[], options: TopicOptions = {}): Promise<ProvisionedTopics> {
    const settings = { ...this.options.topicDefaults, ...options };
    const wanted = [...new Set(names)];
    const created = wanted.filter((name) => !this.topics.has(name));
    for (const name of created) {
      const retention = settings.retentionMs ?? DEFAULT_RETENTION_MS;
      this.topics.set(name, new TopicLog(name, settings.partitions ?? 1, this.firstOffset, retention));
    }
    return { created, existing: wanted.filter((name) => !created.includes(name)) };
  }

  async consume(options: ConsumeOptions): Promise<MessageConsumer> {
    const topics = this.requireTopics(options.topics);
    if (this.groups.has(options.group)) throw new GroupAlreadyConsuming(options.group);
    const logger = this.logger;
    const starting = InProcessConsumer.start(topics, options, logger, this.options.maxBatchSize ?? 500);
    this.groups.set(options.group, starting);
    const consumer = await starting.catch((error: unknown) => {
      this.groups.delete(options.group);
      throw error;
    });
    return {
      stop: async () => {
        await consumer.stop();
        if (this.groups.get(options.group) === starting) this.groups.delete(options.group);
      },
    };
  }

  async close(): Promise<void> {
    const consumers = [...this.groups.values()];
    this.groups.clear();
    await Promise.all(consumers.map((starting) => starting.then((c) => c.stop()).catch(() => undefined)));
  }

  private requireTopics(names: readonly string[]): TopicLog[] {
    const unique = [...new Set(names)];
    const missing = unique.filter((name) => !this.topics.has(name));
    if (missing.length > 0) throw new UnknownTopic(missing);
    return unique.map((name) => this.topics.get(name)!);
  }
}
