import { PgDriver } from '@hstf/event-store';
import { collectProcessMetrics, KafkaFanOut, serveMetrics } from '@hstf/messaging';
import { ProjectionMetrics, projectionNamed, RunningProjector, startProjector } from '@hstf/projections';
import { JsonLog } from '@hstf/messaging';
import { Registry } from 'prom-client';
import { ProjectorConfig } from './projector-config';

export interface RunningProjectorProcess {
  readonly projector: RunningProjector;
  readonly metricsPort: number;
  /** Lets every batch in hand finish and commit, then leaves the consumer groups and closes connections. */
  stop(): Promise<void>;
}

/**
 * The distributed profile's projector: Kafka `hstf.events.v1` into PostgreSQL read models, one consumer
 * group per projection. Replicas share the work by partitions; a projection's batches are applied one at
 * a time across them (the runner locks its version row), so replicas add availability first.
 */
export async function startProjectorProcess(
  config: ProjectorConfig,
  log: JsonLog,
): Promise<RunningProjectorProcess> {
  const db = new PgDriver({
    pool: { connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_SIZE },
  });
  const fanOut = new KafkaFanOut({
    ...config.kafkaSecurity,
    brokers: config.KAFKA_BROKERS,
    clientId: config.KAFKA_CLIENT_ID,
    logLevel: config.KAFKA_LOG_LEVEL,
    logger: log.child('kafka'),
    topicDefaults: {
      partitions: config.KAFKA_TOPIC_PARTITIONS,
      retentionMs: config.KAFKA_TOPIC_RETENTION_MS,
    },
  });
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
    await fanOut.close().catch((error: Error) => log.error('closing Kafka failed', { error: error.message }));
    await db
      .close()
      .catch((error: Error) => log.error('closing PostgreSQL failed', { error: error.message }));
  };
  try {
    // The relay creates the topic too; whichever starts first, the other finds it as it is.
    await fanOut.ensureTopics([config.HSTF_PROJECTOR_TOPIC]);
    const registry = new Registry();
    collectProcessMetrics(registry, 'hstf_projector_');
    const metrics = new ProjectionMetrics(registry, db, config.HSTF_PROJECTIONS);
    const server = await serveMetrics(
      registry,
      () => ({ projector: 'running', projections: config.HSTF_PROJECTIONS }),
      config.PROJECTOR_METRICS_PORT,
      config.PROJECTOR_METRICS_HOST,
    );
    closers.push(() => server.close());
    const projector = await startProjector({
      db,
      source: {
        kind: 'fan-out',
        fanOut,
        topic: config.HSTF_PROJECTOR_TOPIC,
        groupPrefix: config.HSTF_PROJECTOR_GROUP_PREFIX,
      },
      projections: config.HSTF_PROJECTIONS.map(projectionNamed),
      logger: log,
      metrics,
    });
    // One look at the topic's ends per scrape, shared by the projections (each asks within the scrape).
    let ends: { at: number; offsets: Promise<Map<number, bigint>> } | undefined;
    const endOffsets = () => {
      if (ends === undefined || Date.now() - ends.at > 1_000) {
        ends = { at: Date.now(), offsets: fanOut.endOffsets(config.HSTF_PROJECTOR_TOPIC) };
      }
      return ends.offsets;
    };
    metrics.reportLagWith('messages', async (projection) => {
      const runner = projector.runners.find((r) => r.projection.name === projection);
      if (runner === undefined) return 0n;
      let behind = 0n;
      const topic = config.HSTF_PROJECTOR_TOPIC;
      for (const [partition, end] of await endOffsets()) {
        const applied = await runner.storedOffset({ topic, partition });
        const next = applied === undefined ? 0n : applied + 1n;
        // A partition recreated behind what was applied counts as caught up, not as negative lag.
        if (end > next) behind += end - next;
      }
      return behind;
    });
    return {
      projector,
      metricsPort: server.port,
      async stop() {
        await projector.stop();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
