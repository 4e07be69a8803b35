import { PgDriver } from '@hstf/event-store';
import {
  AdvisoryLockLease,
  EventRelay,
  KafkaFanOut,
  PostgresCheckpointStore,
  RelayMetrics,
} from '@hstf/messaging';
import { Registry } from 'prom-client';
import { collectProcessMetrics, JsonLog, MetricsServer, serveMetrics } from '@hstf/messaging';
import { openRelayStore } from './open-relay-store';
import { RelayConfig } from './relay-config';

export interface RunningRelay {
  readonly relay: EventRelay;
  readonly metricsPort: number;
  /** Graceful: the batch in flight is acknowledged and checkpointed, the lease released, connections closed. */
  stop(): Promise<void>;
}

/**
 * The distributed profile's relay: the store (PostgreSQL or EventStoreDB), Kafka, and the checkpoint and
 * lease in PostgreSQL. Everything opened is closed again if a later step fails.
 */
export async function startRelayProcess(config: RelayConfig, log: JsonLog): Promise<RunningRelay> {
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch((error: Error) => log.error(error.message));
  };
  try {
    const store = await openRelayStore(config.store);
    closers.push(() => store.close());
    const checkpointDriver = new PgDriver({
      pool: { connectionString: config.checkpointDatabaseUrl, max: 2 },
    });
    closers.push(() => checkpointDriver.close());
    const checkpoints = await PostgresCheckpointStore.open(checkpointDriver);
    const fanOut = new KafkaFanOut({
      ...config.kafkaSecurity,
      brokers: config.KAFKA_BROKERS,
      clientId: config.KAFKA_CLIENT_ID,
      logger: log.child('kafka'),
      logLevel: config.KAFKA_LOG_LEVEL,
      compression: config.KAFKA_COMPRESSION,
    });
    closers.push(() => fanOut.close());
    const lease = new AdvisoryLockLease({
      connection: { connectionString: config.checkpointDatabaseUrl },
      name: config.HSTF_RELAY_NAME,
      logger: log,
    });
    const registry = new Registry();
    collectProcessMetrics(registry, 'hstf_relay_');
    const relay = new EventRelay(
      { store, fanOut, checkpoints, lease, metrics: new RelayMetrics(registry), logger: log },
      {
        name: config.HSTF_RELAY_NAME,
        maxBatchEvents: config.HSTF_RELAY_BATCH_SIZE,
        lingerMs: config.HSTF_RELAY_LINGER_MS,
        topicOptions: {
          partitions: config.KAFKA_TOPIC_PARTITIONS,
          retentionMs: config.KAFKA_TOPIC_RETENTION_MS,
        },
      },
    );
    const server: MetricsServer = await serveMetrics(
      registry,
      () => ({ relay: relay.name, state: relay.state, checkpoint: relay.checkpoint?.toString() ?? null }),
      config.RELAY_METRICS_PORT,
      config.RELAY_METRICS_HOST,
    );
    closers.push(() => server.close());
    relay.start();
    return {
      relay,
      metricsPort: server.port,
      stop: async () => {
        await relay.stop();
        await closeAll();
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
