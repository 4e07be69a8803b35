import { LogFollower, type EventStore, type PostgresDriver } from '@hstf/event-store';
import type { MessageConsumerFactory } from '@hstf/messaging';
import { Projection } from '../definition/projection';
import { ProjectionMetrics } from '../metrics/projection-metrics';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import { consumeIntoProjection, projectorGroup } from '../sources/fan-out-source';
import { projectionConsumer } from '../sources/event-store-source';
import { ProjectionLogger, silentLogger } from './projection-logger';
import { ProjectionRunner } from './projection-runner';

/** Where events come from: `hstf.events.v1` through the fan-out port, or the store's own subscription. */
export type ProjectorSource =
  | {
      readonly kind: 'fan-out';
      readonly fanOut: MessageConsumerFactory;
      readonly topic?: string;
      /** Consumer groups are `<prefix>.<projection>`; default `hstf-projector`. */
      readonly groupPrefix?: string;
    }
  | {
      readonly kind: 'event-store';
      readonly store: EventStore;
      readonly batchSize?: number;
      /** A follower the projections join (the API's, shared with the deadline process); else their own. */
      readonly follower?: LogFollower;
    };

export interface ProjectorOptions {
  /** Where the read models live (PostgreSQL, or PGlite in the embedded profile). */
  readonly db: PostgresDriver;
  readonly source: ProjectorSource;
  readonly projections?: readonly Projection[];
  readonly logger?: ProjectionLogger;
  /** Counts the events each runner dead-letters. */
  readonly metrics?: ProjectionMetrics;
}

export interface RunningProjector {
  readonly runners: readonly ProjectionRunner[];
  /** Lets each batch in hand finish, then stops consuming; the database is the caller's to close. */
  stop(): Promise<void>;
}

/**
 * Every projection on its own runner: from the fan-out, each with its own consumer (group); from the store,
 * all on one subscription.
 */
export async function startProjector(options: ProjectorOptions): Promise<RunningProjector> {
  const logger = options.logger ?? silentLogger;
  const runners = (options.projections ?? ALL_PROJECTIONS).map(
    (p) => new ProjectionRunner(options.db, p, logger, options.metrics),
  );
  for (const runner of runners) await runner.prepare();
  const stops: (() => Promise<void>)[] = [];
  const stopAll = () => Promise.all(stops.map((stop) => stop())).then(() => undefined);
  try {
    const { source } = options;
    if (source.kind === 'event-store') {
      // One subscription for all: each event is read from the store once.
      const follower =
        source.follower ?? new LogFollower(source.store, { batchSize: source.batchSize, logger });
      const consumers = runners.map(projectionConsumer);
      consumers.forEach((consumer) => follower.add(consumer));
      if (source.follower) {
        stops.push(async () => {
          for (const consumer of consumers) await follower.remove(consumer);
        });
      } else {
        follower.start();
        stops.push(() => follower.stop());
      }
    } else {
      for (const runner of runners) {
        const group = projectorGroup(runner.projection.name, source.groupPrefix);
        const consumer = await consumeIntoProjection(source.fanOut, runner, {
          topic: source.topic,
          group,
          logger,
        });
        stops.push(() => consumer.stop());
      }
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  logger.info('projector started', {
    projections: runners.map((r) => r.projection.name),
    source: options.source.kind,
  });
  return { runners, stop: stopAll };
}
