import { Admin, Kafka, Producer } from 'kafkajs';
import { defaultLogSink, LogSink } from '../log-sink';
import {
  ConsumeOptions,
  FanOut,
  MessageConsumer,
  OutgoingMessage,
  ProvisionedTopics,
  TopicOptions,
  UnknownTopic,
} from '../port';
import { KAFKA_LOG_LEVELS, KafkaFanOutConfig } from './kafka-config';
import { kafkaLogCreator } from './kafka-log-creator';
import { KafkaMessageConsumer } from './kafka-message-consumer';
import { toTopicMessages } from './kafka-messages';
import { createMissingTopics } from './kafka-topics';
import { PRODUCER_CONFIG, sendSettings } from './producer-settings';
import { sendChunks } from './send-chunks';

/** Below the broker's default `message.max.bytes` (1 MiB) with room for the batch's own framing. */
const DEFAULT_MAX_REQUEST_BYTES = 768 * 1024;

/** The fan-out port on Apache Kafka through kafkajs. Connections open on first use. */
export class KafkaFanOut implements FanOut {
  private readonly kafka: Kafka;
  private readonly logger: LogSink;
  private producer?: Promise<Producer>;
  private adminClient?: Promise<Admin>;
  private readonly consumers = new Set<MessageConsumer>();
  private readonly knownTopics = new Set<string>();
  /** Sends one batch at a time: an idempotent producer's retry must not overtake a later batch. */
  private sending: Promise<unknown> = Promise.resolve();
  private readonly sendSettings: ReturnType<typeof sendSettings>;
  private readonly maxRequestBytes: number;

  constructor(private readonly config: KafkaFanOutConfig) {
    this.logger = config.logger ?? defaultLogSink('Kafka');
    this.sendSettings = sendSettings(config.compression);
    this.maxRequestBytes = config.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.kafka = new Kafka({
      clientId: config.clientId ?? 'hstf',
      brokers: [...config.brokers],
      sasl: config.sasl,
      ssl: config.ssl,
      logLevel: KAFKA_LOG_LEVELS[config.logLevel ?? 'info'],
      logCreator: kafkaLogCreator(this.logger),
    });
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    // kafkajs would retry an unknown topic forever (auto-creation is off), so refuse it up front.
    await this.requireTopics(messages.map((m) => m.topic));
    const producer = await this.connectedProducer();
    const send = this.sending.then(async () => {
      for (const chunk of sendChunks(messages, this.maxRequestBytes))
        await producer.sendBatch({ ...this.sendSettings, topicMessages: toTopicMessages(chunk) });
    });
    this.sending = send.catch(() => undefined);
    await send;
  }

  async ensureTopics(names: readonly string[], options: TopicOptions = {}): Promise<ProvisionedTopics> {
    const result = await createMissingTopics(await this.admin(), names, {
      ...this.config.topicDefaults,
      ...options,
    });
    for (const name of names) this.knownTopics.add(name);
    return result;
  }

  async consume(options: ConsumeOptions): Promise<MessageConsumer> {
    await this.requireTopics(options.topics);
    const consumer = await KafkaMessageConsumer.start(this.kafka, options, {
      joinTimeoutMs: this.config.joinTimeoutMs ?? 30_000,
      logger: this.logger,
      consumer: this.config.consumer,
    });
    this.consumers.add(consumer);
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.stop();
      },
    };
  }

  async close(): Promise<void> {
    const consumers = [...this.consumers];
    this.consumers.clear();
    await Promise.all(consumers.map((c) => c.stop()));
    await this.sending;
    const [producer, admin] = [this.producer, this.adminClient];
    this.producer = this.adminClient = undefined;
    await Promise.all([producer?.then((p) => p.disconnect()), admin?.then((a) => a.disconnect())]);
  }

  /** The next offset of each partition of a topic (its high watermark): how far a consumer must read. */
  async endOffsets(topic: string): Promise<Map<number, bigint>> {
    const offsets = await (await this.admin()).fetchTopicOffsets(topic);
    return new Map(offsets.map(({ partition, high }) => [partition, BigInt(high)]));
  }

  private async requireTopics(topics: readonly string[]): Promise<void> {
    if (topics.every((t) => this.knownTopics.has(t))) return;
    for (const topic of await (await this.admin()).listTopics()) this.knownTopics.add(topic);
    const missing = [...new Set(topics)].filter((t) => !this.knownTopics.has(t));
    if (missing.length > 0) throw new UnknownTopic(missing);
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= connectOrForget(
      this.kafka.producer(PRODUCER_CONFIG),
      () => (this.producer = undefined),
    );
    return this.producer;
  }

  private admin(): Promise<Admin> {
    this.adminClient ??= connectOrForget(this.kafka.admin(), () => (this.adminClient = undefined));
    return this.adminClient;
  }
}

/** A failed connect is forgotten so the next call tries again instead of replaying the failure. */
async function connectOrForget<C extends { connect(): Promise<void> }>(
  client: C,
  forget: () => void,
): Promise<C> {
  try {
    await client.connect();
    return client;
  } catch (error) {
    forget();
    throw error;
  }
}
