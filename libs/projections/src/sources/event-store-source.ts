import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import { RetryDelays, type EventStore, type Subscription } from '@hstf/event-store';
import type { ProjectedEvent } from '../events/projected-event';
import { fromRecordedEvent } from '../events/from-recorded-event';
import { ProjectionLogger, silentLogger } from '../runner/projection-logger';
import { ProjectionRunner } from '../runner/projection-runner';
import { BatchRefused } from '../runner/refusals';
import { batched } from './batched';

export interface EventStoreSourceOptions {
  readonly batchSize?: number;
  /** First wait after a failed batch; grows (RetryDelays) up to `maxRetryDelayMs`. */
  readonly retryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
  readonly logger?: ProjectionLogger;
}

export interface RunningSource {
  stop(): Promise<void>;
}

/** What the store's subscription needs of a runner (a ProjectionRunner). */
export type FollowingRunner = Pick<ProjectionRunner, 'projection' | 'checkpoint' | 'applyBatch'>;

interface Follower {
  readonly runner: FollowingRunner;
  /** The runner's checkpoint: what it has applied, as this subscription knows it. */
  applied: bigint;
  /** Set while the runner is parked after a failure: when it may try again. */
  retryAt?: number;
  readonly delays: RetryDelays;
}

const DOMAIN = { streamPrefixes: DOMAIN_STREAM_PREFIXES };

/**
 * Feeds runners straight from one subscription to the store's domain streams (the embedded profile, and
 * any process next to the store): catch-up from the lowest of their checkpoints, then live. Each event is
 * read once and applied by every runner whose checkpoint is below it, so a runner that is ahead skips what
 * it has.
 *
 * A runner whose batch fails (a refused batch, an error no dead letter covers) is parked, so that the
 * others go on: when its pause is over, at the next batch, it catches up alone from its checkpoint with
 * readAll and rejoins. A failed read of the store restarts the subscription from the checkpoints.
 */
export function followEventStore(
  store: EventStore,
  runners: readonly FollowingRunner[],
  options: EventStoreSourceOptions = {},
): RunningSource {
  const logger = options.logger ?? silentLogger;
  const { batchSize = 500, retryDelayMs = 200, maxRetryDelayMs = 10_000 } = options;
  let running = true;
  let subscription: Subscription | undefined;
  let wakeFromPause: (() => void) | undefined;
  const newDelays = () => new RetryDelays({ initialMs: retryDelayMs, maxMs: maxRetryDelayMs });

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeFromPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const park = (follower: Follower, error: unknown) => {
    const delay = follower.delays.next();
    follower.retryAt = Date.now() + delay;
    if (!(error instanceof BatchRefused)) {
      logger.error(`projection parked: ${(error as Error).message}`, {
        projection: follower.runner.projection.name,
        retryInMs: delay,
      });
    }
  };

  const apply = async (follower: Follower, events: readonly ProjectedEvent[]) => {
    const due = events.filter((event) => event.globalPosition > follower.applied);
    if (due.length === 0) return;
    follower.applied = (await follower.runner.applyBatch(due, { ordered: true })).checkpoint;
  };

  /** A parked runner, its pause over, applies alone what it missed before `next`, the batch in hand. */
  const catchUp = async (follower: Follower, next: bigint) => {
    for (;;) {
      const page = await store.readAll({ after: follower.applied, maxCount: batchSize, filter: DOMAIN });
      const missed = page.filter((event) => event.globalPosition < next);
      if (missed.length > 0) await apply(follower, missed.map(fromRecordedEvent));
      if (missed.length < batchSize) return;
    }
  };

  const feed = async (follower: Follower, events: readonly ProjectedEvent[]) => {
    if (follower.retryAt !== undefined && Date.now() < follower.retryAt) return;
    try {
      if (follower.retryAt !== undefined) await catchUp(follower, events[0].globalPosition);
      await apply(follower, events);
      if (follower.retryAt !== undefined) {
        logger.info('projection rejoined', { projection: follower.runner.projection.name });
        follower.retryAt = undefined;
      }
      follower.delays.reset();
    } catch (error) {
      park(follower, error);
    }
  };

  const loop = async (): Promise<void> => {
    const delays = newDelays();
    while (running) {
      try {
        const followers: Follower[] = [];
        for (const runner of runners) {
          followers.push({ runner, applied: await runner.checkpoint(), delays: newDelays() });
        }
        // stop() may have come while the checkpoints were read: it closed no subscription of this round.
        if (!running) return;
        const from = followers.reduce((low, f) => (f.applied < low ? f.applied : low), followers[0].applied);
        subscription = store.subscribe({ from: from < 0n ? 'start' : from, filter: DOMAIN });
        for await (const recorded of batched(subscription, batchSize)) {
          const events = recorded.map(fromRecordedEvent);
          for (const follower of followers) await feed(follower, events);
          delays.reset();
        }
      } catch (error) {
        if (!running) return;
        const delay = delays.next();
        logger.warn('store subscription resumes from the checkpoints', {
          retryInMs: delay,
          error: (error as Error).message,
        });
        // The pause is set up before the close is awaited, so that a stop() meanwhile ends it.
        const paused = pause(delay);
        await subscription?.close();
        await paused;
      }
    }
  };

  const done = loop();
  return {
    async stop() {
      running = false;
      wakeFromPause?.();
      await subscription?.close();
      await done;
    },
  };
}
