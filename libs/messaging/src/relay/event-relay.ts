import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import { defaultLogSink, LogSink } from '../log-sink';
import { abortableDelay } from './abortable-delay';
import { RetryDelays } from '@hstf/event-store';
import { CheckpointWaiters } from './checkpoint-waiters';
import { RelayMetrics } from './relay-metrics';
import { RelayDependencies, RelayOptions } from './relay-options';
import { errorMessage, relayWhileHeld, SessionContext } from './relay-session';
import { TopicProvisioning } from './topic-provisioning';

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
  private readonly session: SessionContext;
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
    this.session = {
      name: this.name,
      deps,
      options,
      metrics: this.metrics,
      logger: this.logger,
      topics: new TopicProvisioning(deps.fanOut, options.topicOptions),
      onCheckpoint: (position) => this.checkpointAt(position),
    };
    // Only the active relay reports a lag, so that summing over replicas does not count it twice.
    this.metrics.reportLagWith(async () => {
      if (this.currentState !== 'active') return 0n;
      // Against the domain's head: the relay never sends the audit's records, so they are no lag.
      const head = await deps.store.headPosition({ streamPrefixes: DOMAIN_STREAM_PREFIXES });
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
    const delays = new RetryDelays(this.options.retry);
    while (!stop.aborted) {
      this.currentState = 'standby';
      const hold = await this.deps.lease.acquire(stop).catch((error: unknown) => {
        if (!stop.aborted) this.logger.error(`relay "${this.name}": lease: ${errorMessage(error)}`);
        return undefined;
      });
      if (!hold) {
        if (!stop.aborted) await abortableDelay(delays.next(), stop);
        continue;
      }
      try {
        this.currentState = 'active';
        this.metrics.active.set(1);
        this.logger.log(`relay "${this.name}" holds the lease: relaying`);
        await relayWhileHeld(this.session, hold, stop);
        delays.reset();
      } catch (error) {
        this.logger.error(
          `relay "${this.name}" failed, restarting from its checkpoint: ${errorMessage(error)}`,
        );
        await abortableDelay(delays.next(), stop);
      } finally {
        this.metrics.active.set(0);
        await hold.release();
      }
    }
  }

  private checkpointAt(position: bigint | undefined): void {
    this.checkpointed = position;
    if (position === undefined) return;
    this.metrics.checkpoint.set(Number(position));
    this.waiters.reached(position);
  }
}
