import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EVENTS_TOPIC } from '@hstf/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { relayBenchConfig, RelayBenchConfig } from './relay-bench-config';
import { BENCH_TOPICS, freshBenchStore, preload } from './relay-bench-store';
import { contenders, drain } from './relay-contenders';
import { mediansOf, RelaySample, table, writeResults } from './relay-report';

const resultsPath = join(process.cwd(), 'bench', 'results', 'fanout-relay.json');

/**
 * Relay throughput: a fresh PostgreSQL store pre-loaded with events, drained by the relay into Kafka, and,
 * as its peer, by the same relay into the in-process transport (what the relay costs without a broker).
 */
async function run(config: RelayBenchConfig): Promise<void> {
  const started = performance.now();
  const samples: RelaySample[] = [];
  const preloadSeconds: number[] = [];
  for (let repeat = 1; repeat <= config.repeats; repeat++) {
    const bench = await freshBenchStore(config.serverUrl);
    try {
      const loading = performance.now();
      await preload(bench.store, config.events);
      await bench.analyze();
      preloadSeconds.push((performance.now() - loading) / 1000);
      for (const contender of contenders(config.brokers)) {
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
        console.error(`#${repeat} ${contender.name}: ${JSON.stringify(sample)}`);
      }
    } finally {
      await bench.drop();
    }
  }
  await deleteBenchTopics(config.brokers);
  console.log(table(mediansOf(samples), config.targetEventsPerSecond));
  writeResults(resultsPath, config, samples, {
    durationSeconds: Math.round((performance.now() - started) / 100) / 10,
    preloadSeconds: preloadSeconds.map((s) => Math.round(s * 10) / 10),
  });
  console.log(
    `\nmedians of ${config.repeats} runs of ${config.events.toLocaleString('en-US')} events; every run in ${resultsPath}`,
  );
}

/** The audience topics exist for the benchmark only; the command center's topic is shared and stays. */
async function deleteBenchTopics(brokers: readonly string[]): Promise<void> {
  const admin = new Kafka({
    clientId: 'hstf-bench-relay',
    brokers: [...brokers],
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const present = new Set(await admin.listTopics());
    await admin.deleteTopics({
      topics: BENCH_TOPICS.filter((topic) => topic !== EVENTS_TOPIC && present.has(topic)),
    });
  } finally {
    await admin.disconnect();
  }
}

run(relayBenchConfig()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
