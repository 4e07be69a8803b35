import { Logger } from '@nestjs/common';
import { EVENTS_TOPIC } from '@hstf/contracts';
import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import type { EventStore, PostgresDriver } from '@hstf/event-store';
import { EventRelay, InProcessFanOut, RelayMetrics, UncontestedLease } from '@hstf/messaging';
import {
  ALL_PROJECTIONS,
  ProjectionLogger,
  ProjectionMetrics,
  ReadModelQueries,
  startProjector,
} from '@hstf/projections';
import type { Registry } from 'prom-client';
import { EmbeddedRelayCheckpoints } from './embedded-relay-checkpoints';

export interface EmbeddedPipeline {
  stop(): Promise<void>;
}

/**
 * The embedded profile's fan-out: the same relay and projector as the distributed profile, in this
 * process, on the in-process transport instead of Kafka and on the PGlite database beside the store.
 */
export async function startEmbeddedPipeline(
  store: EventStore,
  sql: PostgresDriver,
  readModels: ReadModelQueries,
  registry: Registry,
): Promise<EmbeddedPipeline> {
  const fanOut = new InProcessFanOut({ logger: new Logger('InProcessFanOut') });
  // The relay provisions topics as it publishes; the projector subscribes before the first publish.
  await fanOut.ensureTopics([EVENTS_TOPIC]);
  const metrics = new ProjectionMetrics(
    registry,
    sql,
    ALL_PROJECTIONS.map((p) => p.name),
  );
  const projector = await startProjector({
    db: sql,
    source: { kind: 'fan-out', fanOut },
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
  const relay = new EventRelay(
    {
      store,
      fanOut,
      checkpoints: new EmbeddedRelayCheckpoints(readModels),
      lease: new UncontestedLease(),
      logger: new Logger('EventRelay'),
      // On the API's /metrics, as the relay process serves them on its own.
      metrics: new RelayMetrics(registry),
    },
    { name: 'embedded' },
  );
  relay.start();
  return {
    async stop() {
      await relay.stop();
      await projector.stop();
      await fanOut.close();
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
