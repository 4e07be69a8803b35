import { RetryDelays, type EventStore, type Subscription } from '@hstf/event-store';
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
 * Feeds a runner straight from the store's subscription (the embedded profile, and any process next to
 * the store): catch-up from the checkpoint, then live. A refused or failed batch is retried from the
 * checkpoint after a pause, which is how the store "redelivers".
 */
export function followEventStore(
  store: EventStore,
  runner: ProjectionRunner,
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

  const loop = async (): Promise<void> => {
    const delays = new RetryDelays({ initialMs: retryDelayMs, maxMs: maxRetryDelayMs });
    while (running) {
      try {
        const from = await runner.checkpoint();
        subscription = store.subscribe({ from: from < 0n ? 'start' : from });
        for await (const recorded of batched(subscription, batchSize)) {
          await runner.applyBatch(recorded.map(fromRecordedEvent), { ordered: true });
          delays.reset();
        }
      } catch (error) {
        if (!running) return;
        const delay = delays.next();
        if (!(error instanceof BatchRefused)) {
          logger.error(`store subscription failed: ${(error as Error).message}`, {
            projection: runner.projection.name,
            retryInMs: delay,
          });
        }
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
