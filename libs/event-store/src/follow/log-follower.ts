import type { EventStore, RecordedEvent, Subscription } from '../port';
import { RetryDelays } from '../retry-delays';
import { batched } from './batched';

/**
 * A reader of the store's global log that keeps its own checkpoint: a projection, the deadline process.
 * It is handed the events of its streams above its checkpoint, in global order.
 */
export interface LogConsumer {
  readonly name: string;
  /** The streams it reads (id prefixes); every stream without. */
  readonly streamPrefixes?: readonly string[];
  /** Global position of the last event it has applied, -1n before any: where it resumes. */
  checkpoint(): Promise<bigint>;
  /** Applies events of its streams above its checkpoint, in global order, and stores its checkpoint. */
  apply(events: readonly RecordedEvent[]): Promise<void>;
  /** Failures it has logged itself (a projection's refused batch): it is parked without another line. */
  reported?(error: unknown): boolean;
}

/** Structured lines (a Nest logger or the projector's JSON lines fit). */
export interface FollowLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface LogFollowerOptions {
  readonly batchSize?: number;
  /** First wait after a failed batch; grows (RetryDelays) up to `maxRetryDelayMs`. */
  readonly retryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
  /**
   * The subscription's linger (SubscribeOptions.lingerMs). A batch costs each consumer a transaction
   * whatever its size, and a read of the log costs the same for one event as for many, so under load a
   * few milliseconds here make the batches, and not the events, what they pay for; every consumer is that
   * much later. Default 0.
   */
  readonly lingerMs?: number;
  readonly logger?: FollowLogger;
}

interface Following {
  readonly consumer: LogConsumer;
  readonly reads: (streamId: string) => boolean;
  /** What it has applied, as this follower knows it: past the other streams' events too. */
  applied: bigint;
  /** False while its checkpoint could not be read: it is fed nothing until a round reads it. */
  known: boolean;
  /** True during the pause after a failure; its timer ends it (no clock is compared). */
  paused: boolean;
  /** True from a failure until a round has read its checkpoint again: it is fed nothing before that. */
  rejoining: boolean;
  readonly delays: RetryDelays;
  /** Its batch in flight, which `remove` waits for. */
  busy?: Promise<void>;
}

const silent: FollowLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The one checkpointed subscription of the read side: every consumer of the global log in a process
 * follows it, from one subscription to the store (catch-up from the lowest checkpoint, then live). Each
 * event is read once and handed to every consumer that reads its stream and has not applied it, so a
 * consumer that is ahead skips what it has; the checkpoints are the consumers' own, stored with their work.
 *
 * A consumer whose batch fails, or whose checkpoint cannot be read, is parked with its own backoff, so
 * that the others go on. When its pause is over the round starts again from the checkpoints, its own
 * included, and it rejoins; it is fed nothing in between. A failed read of the store restarts the round
 * from the checkpoints, and so does a consumer added while it runs.
 */
export class LogFollower {
  private readonly consumers: Following[] = [];
  private running = false;
  private done?: Promise<void>;
  private subscription?: Subscription;
  private wakeFromPause?: () => void;
  /** Counts the restarts asked for (a consumer added, a parked one due): a round begun before starts again. */
  private restarts = 0;
  /** The timers that restart the round when a parked consumer's pause is over. */
  private readonly retries = new Set<NodeJS.Timeout>();
  private readonly batchSize: number;
  private readonly logger: FollowLogger;

  constructor(
    private readonly store: Pick<EventStore, 'subscribe'>,
    private readonly options: LogFollowerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.logger = options.logger ?? silent;
  }

  /** Joins a consumer; while the follower runs, the round starts again from the lowest checkpoint. */
  add(consumer: LogConsumer): void {
    const prefixes = consumer.streamPrefixes ?? [];
    this.consumers.push({
      consumer,
      reads: (streamId) => prefixes.length === 0 || prefixes.some((prefix) => streamId.startsWith(prefix)),
      applied: -1n,
      known: false,
      paused: false,
      rejoining: false,
      delays: this.newDelays(),
    });
    this.restart();
  }

  /** Starts the round again from the checkpoints, after the batch in hand. */
  private restart(): void {
    this.restarts += 1;
    if (!this.running) return;
    this.wakeFromPause?.();
    void this.subscription?.close();
  }

  /** Takes a consumer out once its batch in flight is done; nothing is handed to it after that. */
  async remove(consumer: LogConsumer): Promise<void> {
    const index = this.consumers.findIndex((f) => f.consumer === consumer);
    if (index < 0) return;
    const [removed] = this.consumers.splice(index, 1);
    await removed.busy;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.done = this.loop();
  }

  /** Lets the batch in flight finish (no consumer is handed another), then closes the subscriptions. */
  async stop(): Promise<void> {
    this.running = false;
    this.retries.forEach((timer) => clearTimeout(timer));
    this.retries.clear();
    // Their timers are gone: a follower started again tries them at once.
    this.consumers.forEach((following) => (following.paused = false));
    this.wakeFromPause?.();
    await this.subscription?.close();
    await this.done;
  }

  private newDelays(): RetryDelays {
    const { retryDelayMs = 200, maxRetryDelayMs = 10_000 } = this.options;
    return new RetryDelays({ initialMs: retryDelayMs, maxMs: maxRetryDelayMs });
  }

  /** The union of what the consumers read: one subscription serves them all. */
  private filter(): { streamPrefixes: string[] } | undefined {
    const prefixes = new Set<string>();
    for (const { consumer } of this.consumers) {
      if (!consumer.streamPrefixes || consumer.streamPrefixes.length === 0) return undefined;
      consumer.streamPrefixes.forEach((prefix) => prefixes.add(prefix));
    }
    return { streamPrefixes: [...prefixes] };
  }

  private async loop(): Promise<void> {
    const delays = this.newDelays();
    while (this.running) {
      try {
        const seen = this.restarts;
        const round = [...this.consumers];
        // A consumer still parked stays out of the round (its timer starts another when it is due).
        for (const following of round) {
          if (following.paused) following.known = false;
          else await this.readCheckpoint(following);
        }
        // stop() or add() may have come while the checkpoints were read: this round's subscription is
        // not open yet, so neither could close it.
        if (!this.running) return;
        if (this.restarts !== seen) continue;
        const known = round.filter((f) => f.known);
        if (known.length === 0) {
          // Nobody to feed: wait for an addition, or for a parked consumer's timer.
          await this.pause(60_000);
          continue;
        }
        const from = known.reduce((low, f) => (f.applied < low ? f.applied : low), known[0].applied);
        const subscription = this.store.subscribe({
          from: from < 0n ? 'start' : from,
          filter: this.filter(),
          lingerMs: this.options.lingerMs,
        });
        this.subscription = subscription;
        if (!this.running || this.restarts !== seen) {
          await subscription.close();
          continue;
        }
        for await (const events of batched(subscription, this.batchSize)) {
          for (const following of round) {
            if (!this.running) return;
            if (this.consumers.includes(following)) await this.feed(following, events);
          }
          delays.reset();
        }
      } catch (error) {
        if (!this.running) return;
        const delay = delays.next();
        this.logger.warn('store subscription resumes from the checkpoints', {
          retryInMs: delay,
          error: (error as Error).message,
        });
        // The pause is set up before the close is awaited, so that a stop() meanwhile ends it.
        const paused = this.pause(delay);
        await this.subscription?.close();
        await paused;
      }
    }
  }

  /** A consumer whose checkpoint cannot be read is parked alone; the others are not held up by it. */
  private async readCheckpoint(following: Following): Promise<void> {
    try {
      following.applied = await following.consumer.checkpoint();
      following.known = true;
      // This round starts at or below its checkpoint: it misses nothing from here on.
      if (following.rejoining) {
        following.rejoining = false;
        this.logger.info('consumer rejoined', { consumer: following.consumer.name });
      }
    } catch (error) {
      following.known = false;
      this.park(following, error);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeFromPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /**
   * Parks a consumer for its next backoff. When the pause is over the round starts again, so that it is
   * fed what it missed even if the log stays quiet.
   */
  private park(following: Following, error: unknown): void {
    const delay = following.delays.next();
    following.paused = true;
    following.rejoining = true;
    const timer = setTimeout(() => {
      this.retries.delete(timer);
      following.paused = false;
      this.restart();
    }, delay);
    timer.unref();
    this.retries.add(timer);
    if (!following.consumer.reported?.(error)) {
      this.logger.error(`consumer parked: ${(error as Error).message}`, {
        consumer: following.consumer.name,
        retryInMs: delay,
      });
    }
  }

  private async feed(following: Following, events: readonly RecordedEvent[]): Promise<void> {
    // A rejoining consumer waits for the round its timer starts, which reads from its checkpoint.
    if (following.paused || following.rejoining) return;
    const work = this.tryFeed(following, events);
    following.busy = work;
    await work;
  }

  private async tryFeed(following: Following, events: readonly RecordedEvent[]): Promise<void> {
    try {
      await this.apply(following, events);
      following.delays.reset();
    } catch (error) {
      this.park(following, error);
    }
  }

  private async apply(following: Following, events: readonly RecordedEvent[]): Promise<void> {
    const due = events.filter((event) => event.globalPosition > following.applied);
    if (due.length === 0) return;
    const mine = due.filter((event) => following.reads(event.streamId));
    if (mine.length > 0) await following.consumer.apply(mine);
    following.applied = due[due.length - 1].globalPosition;
  }
}
