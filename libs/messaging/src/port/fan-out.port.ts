import { MessageBatch, OutgoingMessage, TopicPartition } from './messages';

/**
 * The fan-out port (DESIGN.md, "Fan-out"): Kafka in the distributed profile, in memory in the embedded
 * one. Delivery is at least once: every consumer deduplicates (by event id or global position header).
 */
export interface FanOut extends MessagePublisher, MessageConsumerFactory, TopicProvisioner {
  /** Stops every consumer started here and releases connections. */
  close(): Promise<void>;
}

export interface MessagePublisher {
  /**
   * Resolves once every message is acknowledged (Kafka: by all in-sync replicas). On rejection some
   * messages may have been written: the caller retries the whole batch and consumers drop duplicates.
   * Topics must exist (see ensureTopics); no topic is created implicitly.
   */
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
}

export interface TopicOptions {
  readonly partitions?: number;
  /** Milliseconds; -1 keeps messages forever. Default: the broker's (Kafka: 7 days). */
  readonly retentionMs?: number;
}

export interface TopicProvisioner {
  /** Creates the topics that do not exist yet; existing topics are left exactly as they are. */
  ensureTopics(names: readonly string[], options?: TopicOptions): Promise<ProvisionedTopics>;
}

export interface ProvisionedTopics {
  readonly created: readonly string[];
  readonly existing: readonly string[];
}

export interface ConsumeOptions {
  /** Consumer group: each group sees every message; partitions are shared among a group's members. */
  readonly group: string;
  readonly topics: readonly string[];
  /**
   * The last offset this consumer applied in a partition, as stored with its own writes (a projector's
   * checkpoint row); undefined when it has none. Asked whenever the consumer is (re)assigned the partition
   * and wins over the group's committed offset, so a checkpoint stored in the consumer's transaction is
   * the one that counts. A position no longer in the log restarts at `startAt`.
   */
  readonly resumeFrom?: (partition: TopicPartition) => Promise<bigint | undefined>;
  /**
   * Where a partition starts without any position. Default 'earliest'. Kafka resolves 'latest' at the
   * partition's first fetch, so a message published just as `consume` resolves may fall before it.
   */
  readonly startAt?: 'earliest' | 'latest';
  /**
   * Applies one batch. Resolving acknowledges it (the offset after it is committed for the group);
   * rejecting redelivers the same batch later. Batches of one consumer are handled one at a time.
   */
  readonly handler: (batch: MessageBatch) => Promise<void>;
}

export interface MessageConsumerFactory {
  /** Resolves once the consumer is subscribed and part of its group. */
  consume(options: ConsumeOptions): Promise<MessageConsumer>;
}

export interface MessageConsumer {
  /** Lets the batch in hand finish, then leaves the group. */
  stop(): Promise<void>;
}
