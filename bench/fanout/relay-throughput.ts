import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { RelayBenchConfig } from './fanout-bench-config';
import { freshBenchStore, preload } from './relay-bench-store';
import { BrokerAccess } from './private-broker';
import { contenders, drain } from './relay-contenders';
import { RelaySample } from './relay-report';

export interface RelayThroughput {
  readonly samples: RelaySample[];
  readonly preloadSeconds: number[];
}

/**
 * Relay throughput: a fresh PostgreSQL store pre-loaded with events, drained by the relay into Kafka (gzip
 * and uncompressed), and, as its peer, by the same relay into the in-process transport (what the relay
 * costs without a broker).
 */
export async function measureRelayThroughput(
  config: RelayBenchConfig,
  broker: BrokerAccess,
): Promise<RelayThroughput> {
  const samples: RelaySample[] = [];
  const preloadSeconds: number[] = [];
  for (let repeat = 1; repeat <= config.repeats; repeat++) {
    const bench = await freshBenchStore(config.serverUrl);
    try {
      const loading = performance.now();
      await preload(bench.store, config.events);
      await bench.analyze();
      preloadSeconds.push(Math.round((performance.now() - loading) / 100) / 10);
      for (const contender of contenders(broker)) {
        const drained = await drain(contender, bench.store, bench.connectionString, config.batchSize);
        const sample: RelaySample = {
          contender: contender.name,
          repeat,
          events: config.events,
          messages: drained.messages,
          batches: drained.batches,
          seconds: Math.round(drained.seconds * 1000) / 1000,
          eventsPerSecond: Math.round(config.events / drained.seconds),
          messagesPerSecond: Math.round(drained.messages / drained.seconds),
          cpuMicrosPerEvent: Math.round((drained.cpuSeconds * 1e6) / config.events),
          loadAverage: Math.round(loadavg()[0] * 100) / 100,
        };
        samples.push(sample);
        console.error(`relay #${repeat} ${contender.name}: ${JSON.stringify(sample)}`);
      }
    } finally {
      await bench.drop();
    }
  }
  return { samples, preloadSeconds };
}
