import { EVENTS_TOPIC } from '@hstf/contracts';
import type { EventStore, RecordedEvent } from '@hstf/event-store';
import { defaultLogSink, LogSink } from '../log-sink';
import { MessagePublisher, OutgoingMessage, TopicOptions, TopicProvisioner } from '../port';
import { abortableDelay } from './abortable-delay';
import { backoffDelay, BackoffOptions } from './backoff';
import { BatchingReader } from './batching-reader';
import { CheckpointStore } from './checkpoint-store';
import { eventMessages } from './event-messages';
import { CheckpointWaiters } from './checkpoint-waiters';
import { LeaseHold, RelayLease } from './relay-lease';
import { RelayMetrics } from './relay-metrics';
import { TopicProvisioning } from './topic-provisioning';

export interface RelayDependencies {
  readonly store: Pick<EventStore, 'subscribe' | 'headPosition'>;
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
  /** How long a partial batch waits for more events. Default 5 ms. */
  readonly lingerMs?: number;
  /** Partitions and retention of the topics the relay creates. */
  readonly topicOptions?: TopicOptions;
  /** Delays between retries of a failed publish, and between restarts after a failure. */
  readonly retry?: BackoffOptions;
}

export type RelayState = 'idle' | 'standby' | 'active' | 'stopped';

/**
 * Fans the store's global feed out to the topics of each event's scope (DESIGN.md, "Fan-out"). While it
 * holds the lease it reads from its checkpoint, publishes batches, and moves the checkpoint only once a
 * batch is acknowledged; a batch that fails is sent again, whole, until it is. Delivery is therefore at
 * least once, and a re-send repeats the same event ids, which is what consumers deduplicate on.
 */
export class EventRelay {
  readonly name: string;
  private readonly metrics: RelayMetrics;
  private readonly logger: LogSink;
  private readonly topics: TopicProvisioning;
  private readonly waiters = new CheckpointWaiters();
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;
  private currentState: RelayState = 'idle';
  private checkpointed: bigint | undefined;

  constructor(
    private readonly deps: RelayDependencies,
    private readonly options: RelayOptions = {},
  ) {
    this.name = options.name ?? 'main';
    this.metrics = deps.metrics ?? new RelayMetrics();
    this.logger = deps.logger ?? defaultLogSink('EventRelay');
    this.topics = new TopicProvisioning(deps.fanOut, options.topicOptions);
    // Only the active relay reports a lag, so that summing over replicas does not count it twice.
    this.metrics.reportLagWith(async () => {
      if (this.currentState !== 'active') return 0n;
      const head = await deps.store.headPosition();
      const checkpoint = this.checkpointed ?? -1n;
      return head > checkpoint ? head - checkpoint : 0n;
    });
  }

  get state(): RelayState {
    return this.currentState;
  }

  /** Position of the last event this relay saw acknowledged; undefined before it has any. */
  get checkpoint(): bigint | undefined {
    return this.checkpointed;
  }

  /** Starts in the background: standby until the lease is held, then relaying until stop(). */
  start(): void {
    if (this.stopping.signal.aborted) throw new Error(`relay "${this.name}" was stopped; create a new one`);
    this.running ??= this.run();
  }

  /** Lets the batch in flight be acknowledged and checkpointed, then releases the lease. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
    this.currentState = 'stopped';
    this.waiters.rejectAll(new Error(`relay "${this.name}" stopped`));
  }

  /** Resolves once the checkpoint is at or past `position` (tests, benchmarks, the embedded profile's health). */
  untilCheckpoint(position: bigint, timeoutMs = 30_000): Promise<void> {
    if (this.checkpointed !== undefined && this.checkpointed >= position) return Promise.resolve();
    return this.waiters.add(position, timeoutMs);
  }

  private async run(): Promise<void> {
    const stop = this.stopping.signal;
    for (let failures = 0; !stop.aborted;) {
      this.currentState = 'standby';
      const hold = await this.deps.lease.acquire(stop).catch((error: unknown) => {
        if (!stop.aborted) this.logger.error(`relay "${this.name}": lease: ${describe(error)}`);
        return undefined;
      });
      if (!hold) {
        if (!stop.aborted) await abortableDelay(backoffDelay(++failures, this.options.retry), stop);
        continue;
      }
      try {
        this.currentState = 'active';
        this.metrics.active.set(1);
        this.logger.log(`relay "${this.name}" holds the lease: relaying`);
        await this.relayWhileHeld(hold);
        failures = 0;
      } catch (error) {
        this.logger.error(`relay "${this.name}" failed, restarting from its checkpoint: ${describe(error)}`);
        await abortableDelay(backoffDelay(++failures, this.options.retry), stop);
      } finally {
        this.metrics.active.set(0);
        await hold.release();
      }
    }
  }

  private async relayWhileHeld(hold: LeaseHold): Promise<void> {
    const halt = AbortSignal.any([this.stopping.signal, hold.lost]);
    if (halt.aborted) return;
    await this.topics.ensure([EVENTS_TOPIC]);
    this.checkpointed = await this.deps.checkpoints.load(this.name);
    if (this.checkpointed !== undefined) this.metrics.checkpoint.set(Number(this.checkpointed));
    const subscription = this.deps.store.subscribe({ from: this.checkpointed ?? 'start' });
    const reader = new BatchingReader<RecordedEvent>(subscription, {
      maxItems: this.options.maxBatchEvents ?? 1000,
      lingerMs: this.options.lingerMs ?? 5,
    });
    const closeFeed = () => {
      reader.stop();
      void subscription.close();
    };
    halt.addEventListener('abort', closeFeed, { once: true });
    // Stopped or lost while starting up: an abort that already happened fires no event.
    if (halt.aborted) closeFeed();
    try {
      for (let batch = await reader.next(); batch && !halt.aborted; batch = await reader.next()) {
        if (!(await this.publishUntilAcked(batch.flatMap(eventMessages), halt))) return;
        // A relay that lost its lease writes nothing more; the new holder continues from the checkpoint.
        if (hold.lost.aborted) return;
        await this.advance(batch);
      }
    } finally {
      halt.removeEventListener('abort', closeFeed);
      closeFeed();
    }
  }

  /** False when halted before an acknowledgement: the batch is not checkpointed and will be read again. */
  private async publishUntilAcked(messages: OutgoingMessage[], halt: AbortSignal): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.topics.ensure(messages.map((message) => message.topic));
        const ended = this.metrics.batchSeconds.startTimer();
        await this.deps.fanOut.publish(messages);
        ended();
        this.metrics.publishedMessages.inc(messages.length);
        return true;
      } catch (error) {
        this.metrics.publishFailures.inc();
        this.topics.forget();
        this.logger.warn(
          `relay "${this.name}": publish failed (attempt ${attempt}), retrying: ${describe(error)}`,
        );
        await abortableDelay(backoffDelay(attempt, this.options.retry), halt);
        if (halt.aborted) return false;
      }
    }
  }

  private async advance(batch: readonly RecordedEvent[]): Promise<void> {
    const position = batch[batch.length - 1].globalPosition;
    await this.deps.checkpoints.save(this.name, position);
    this.checkpointed = position;
    this.metrics.checkpoint.set(Number(position));
    this.metrics.publishedEvents.inc(batch.length);
    this.metrics.batchSize.observe(batch.length);
    this.waiters.reached(position);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
