import type { EventStore, RetryDelayOptions } from '@hstf/event-store';
import { LogSink } from '../log-sink';
import { MessagePublisher, TopicOptions, TopicProvisioner } from '../port';
import { CheckpointStore } from './checkpoint-store';
import { RelayLease } from './relay-lease';
import { RelayMetrics } from './relay-metrics';

export interface RelayDependencies {
  /** `readAll` and `readStream` for the co-leads as of the checkpoint and the audiences that join late. */
  readonly store: Pick<EventStore, 'subscribe' | 'headPosition' | 'readAll' | 'readStream'>;
  /** Kafka in the distributed profile, the in-process transport in the embedded one. */
  readonly fanOut: MessagePublisher & TopicProvisioner;
  readonly checkpoints: CheckpointStore;
  readonly lease: RelayLease;
  readonly metrics?: RelayMetrics;
  readonly logger?: LogSink;
}

export interface RelayOptions {
  /** Names the checkpoint (and, for the advisory lock lease, the lock). Default "main". */
  readonly name?: string;
  /** Most events per published batch. Default 1000. */
  readonly maxBatchEvents?: number;
  /** The log follower's linger: once caught up, how long the log grows after a wake before a read. Default 5 ms. */
  readonly lingerMs?: number;
  /** Partitions and retention of the topics the relay creates. */
  readonly topicOptions?: TopicOptions;
  /** Delays between retries of a failed publish, and between restarts after a failure. */
  readonly retry?: RetryDelayOptions;
}
