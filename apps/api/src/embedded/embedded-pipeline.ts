import { Logger } from '@nestjs/common';
import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import type { EventStore, PostgresDriver } from '@hstf/event-store';
import {
  ALL_PROJECTIONS,
  ProjectionLogger,
  ProjectionMetrics,
  ReadModelQueries,
  startProjector,
} from '@hstf/projections';
import type { Registry } from 'prom-client';

export interface EmbeddedPipeline {
  stop(): Promise<void>;
}

/**
 * The embedded profile's read side: the projector of the distributed profile, in this process, applying
 * every projection straight from one subscription to the store (no relay, no transport between them) to
 * the PGlite database beside the store.
 */
export async function startEmbeddedPipeline(
  store: EventStore,
  sql: PostgresDriver,
  readModels: ReadModelQueries,
  registry: Registry,
): Promise<EmbeddedPipeline> {
  const metrics = new ProjectionMetrics(
    registry,
    sql,
    ALL_PROJECTIONS.map((p) => p.name),
  );
  const projector = await startProjector({
    db: sql,
    source: { kind: 'event-store', store },
    logger: projectionLogger(),
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

function projectionLogger(): ProjectionLogger {
  const logger = new Logger('Projector');
  const line = (message: string, fields?: Record<string, unknown>) =>
    fields ? { msg: message, ...fields } : message;
  return {
    info: (message, fields) => logger.log(line(message, fields)),
    warn: (message, fields) => logger.warn(line(message, fields)),
    error: (message, fields) => logger.error(line(message, fields)),
  };
}
