import { PgDriver, PostgresEventStore } from '@hstf/event-store';
import {
  AdvisoryLockLease,
  EventRelay,
  FanOut,
  InProcessFanOut,
  KafkaFanOut,
  LogSink,
  PostgresCheckpointStore,
  RelayMetrics,
} from '@hstf/messaging';
import { BENCH_TOPICS } from './relay-bench-store';
import { BrokerAccess } from './private-broker';

const quiet: LogSink = {
  error: (m) => console.error(m),
  warn: (m) => console.error(m),
  log: () => undefined,
};

export interface Contender {
  readonly name: string;
  readonly fanOut: () => FanOut;
}

/**
 * The distributed profile's relay (gzip, the default), the same without compression (KAFKA_COMPRESSION=none),
 * and the same relay on the embedded profile's transport as the peer without a broker.
 */
export function contenders(broker: BrokerAccess): Contender[] {
  const kafka = (compression: 'gzip' | 'none') => () =>
    new KafkaFanOut({
      brokers: broker.brokers,
      sasl: broker.login('relay'),
      clientId: 'hstf-bench-relay',
      logger: quiet,
      logLevel: 'error',
      compression,
    });
  return [
    { name: 'relay -> Kafka', fanOut: kafka('gzip') },
    { name: 'relay -> Kafka, no compression', fanOut: kafka('none') },
    { name: 'relay -> in-process', fanOut: () => new InProcessFanOut({ logger: quiet }) },
  ];
}

export interface Drained {
  readonly seconds: number;
  /** CPU time of this process (all its threads) while draining: what the load of the machine does not change. */
  readonly cpuSeconds: number;
  readonly messages: number;
  readonly batches: number;
}

/** Times one relay from start until its checkpoint is the store's head, as in the relay process. */
export async function drain(
  contender: Contender,
  store: PostgresEventStore,
  connectionString: string,
  batchSize: number,
): Promise<Drained> {
  const fanOut = contender.fanOut();
  const driver = new PgDriver({ pool: { connectionString, max: 2 } });
  const metrics = new RelayMetrics();
  const name = `bench-${contender.name.replace(/\W+/g, '-')}`;
  try {
    const relay = new EventRelay(
      {
        store,
        fanOut,
        checkpoints: await PostgresCheckpointStore.open(driver),
        lease: new AdvisoryLockLease({ connection: { connectionString }, name, logger: quiet }),
        metrics,
        logger: quiet,
      },
      { name, maxBatchEvents: batchSize },
    );
    // Creating a topic is a one-off per audience, not part of the throughput: done before the clock starts.
    await fanOut.ensureTopics(BENCH_TOPICS);
    const head = await store.headPosition();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    relay.start();
    await relay.untilCheckpoint(head, 600_000);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    await relay.stop();
    const batches = (await metrics.batchSize.get()).values.find(
      (v) => v.metricName === 'hstf_relay_batch_events_count',
    );
    return {
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      messages: (await metrics.publishedMessages.get()).values[0].value,
      batches: batches?.value ?? 0,
    };
  } finally {
    await fanOut.close();
    await driver.close();
  }
}
