import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import { LogConsumer, LogFollower, LogFollowerOptions, type EventStore } from '@hstf/event-store';
import { fromRecordedEvent } from '../events/from-recorded-event';
import { ProjectionRunner } from '../runner/projection-runner';
import { BatchRefused } from '../runner/refusals';

/** What the store's subscription needs of a runner (a ProjectionRunner). */
export type FollowingRunner = Pick<ProjectionRunner, 'projection' | 'checkpoint' | 'applyBatch'>;

/** A projection as a consumer of the global log: the domain's streams, in global order. */
export function projectionConsumer(runner: FollowingRunner): LogConsumer {
  return {
    name: runner.projection.name,
    streamPrefixes: DOMAIN_STREAM_PREFIXES,
    checkpoint: () => runner.checkpoint(),
    apply: async (events) => {
      await runner.applyBatch(events.map(fromRecordedEvent), { ordered: true });
    },
    // The runner logs a refused batch itself (ProjectionRunner.applyBatch).
    reported: (error) => error instanceof BatchRefused,
  };
}

export interface RunningSource {
  stop(): Promise<void>;
}

/**
 * Runners fed straight from the store's subscription (the embedded profile, and any process next to the
 * store), on a follower of their own: see LogFollower, the one mechanism behind it.
 */
export function followEventStore(
  store: EventStore,
  runners: readonly FollowingRunner[],
  options: LogFollowerOptions = {},
): RunningSource {
  const follower = new LogFollower(store, options);
  runners.forEach((runner) => follower.add(projectionConsumer(runner)));
  follower.start();
  return { stop: () => follower.stop() };
}
