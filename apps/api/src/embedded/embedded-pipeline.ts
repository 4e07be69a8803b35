import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import type { EventStore, LogFollower, PostgresDriver } from '@hstf/event-store';
import { ALL_PROJECTIONS, ProjectionMetrics, ReadModelQueries, startProjector } from '@hstf/projections';
import type { Registry } from 'prom-client';
import { structuredLogger } from '../observability/structured-logger';

export interface EmbeddedPipeline {
  stop(): Promise<void>;
}

/**
 * The embedded profile's read side: the projector of the distributed profile, in this process, applying
 * every projection straight from the API's one subscription to the store (the log follower it shares
 * with the deadline process; no relay, no transport between them) to the PGlite database beside the store.
 */
export async function startEmbeddedPipeline(
  store: EventStore,
  sql: PostgresDriver,
  readModels: ReadModelQueries,
  registry: Registry,
  follower: LogFollower,
): Promise<EmbeddedPipeline> {
  const metrics = new ProjectionMetrics(
    registry,
    sql,
    ALL_PROJECTIONS.map((p) => p.name),
  );
  const projector = await startProjector({
    db: sql,
    source: { kind: 'event-store', store, follower },
    logger: structuredLogger('Projector'),
    metrics,
  });
  // The projections apply the domain's events only: their head is the last of those, not an access record.
  metrics.reportLagWith('positions', async (projection) => {
    const [head, applied] = await Promise.all([
      store.headPosition({ streamPrefixes: DOMAIN_STREAM_PREFIXES }),
      readModels.position(projection),
    ]);
    return head > applied ? head - applied : 0n;
  });
  return {
    async stop() {
      await projector.stop();
    },
  };
}
