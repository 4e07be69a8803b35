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

/**
 * Feeds runners straight from one subscription to the store's domain streams (the embedded profile, and
 * any process next to the store): catch-up from the lowest of their checkpoints, then live. Each event is
 * read once and applied by every runner whose checkpoint is below it, so a runner that is ahead skips what
 * it has. A refused or failed batch is retried from the checkpoints after a pause, which is how the store
 * "redelivers"; the other runners apply the batch all the same, and skip it when it comes again.
 */
export function followEventStore(
  store: EventStore,
  runners: readonly ProjectionRunner[],
  options: EventStoreSourceOptions = {},
): RunningSource {
  const logger = options.logger ?? silentLogger;
  const { batchSize = 500, retryDelayMs = 200, maxRetryDelayMs = 10_000 } = options;
  let running = true;
  let subscription: Subscription | undefined;
  let wakeFromPause: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeFromPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  /** Applies a batch to every runner that has not got it; throws the first failure once all have tried. */
  const applyToAll = async (events: readonly ProjectedEvent[], applied: Map<ProjectionRunner, bigint>) => {
    let failure: unknown;
    for (const runner of runners) {
      const after = applied.get(runner) ?? -1n;
      const due = events.filter((event) => event.globalPosition > after);
      if (due.length === 0) continue;
      try {
        applied.set(runner, (await runner.applyBatch(due, { ordered: true })).checkpoint);
      } catch (error) {
        failure ??= error;
        if (!(error instanceof BatchRefused)) {
          logger.error(`store subscription failed: ${(error as Error).message}`, {
            projection: runner.projection.name,
          });
        }
      }
    }
    if (failure !== undefined) throw failure;
  };

  const loop = async (): Promise<void> => {
    const delays = new RetryDelays({ initialMs: retryDelayMs, maxMs: maxRetryDelayMs });
    while (running) {
      try {
        const applied = new Map<ProjectionRunner, bigint>();
        for (const runner of runners) applied.set(runner, await runner.checkpoint());
        const from = [...applied.values()].reduce((low, position) => (position < low ? position : low));
        subscription = store.subscribe({
          from: from < 0n ? 'start' : from,
          filter: { streamPrefixes: DOMAIN_STREAM_PREFIXES },
        });
        for await (const recorded of batched(subscription, batchSize)) {
          await applyToAll(recorded.map(fromRecordedEvent), applied);
          delays.reset();
        }
      } catch (error) {
        if (!running) return;
        const delay = delays.next();
        logger.warn('store subscription resumes from the checkpoints', {
          retryInMs: delay,
          error: (error as Error).message,
        });
        await subscription?.close();
        await pause(delay);
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
