import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serverInfo } from '../event-store/fresh-database';
import { round } from '../event-store/stats';
import { machineInfo } from '../machine';
import { EndToEndSample, measureEndToEnd } from './end-to-end';
import { endToEndMedians, endToEndTable } from './end-to-end-report';
import { fanoutBenchConfig } from './fanout-bench-config';
import { startPrivateBroker } from './private-broker';
import { mediansOf, table } from './relay-report';
import { measureRelayThroughput, RelayThroughput } from './relay-throughput';

const RESULTS = resolve(__dirname, '../../../bench/results/fanout.json');

/**
 * `npm run bench:fanout`: the relay's throughput into Kafka, and the distributed profile's latency from a
 * command accepted to its row in the agency inbox at 100 and 1,000 commands/s; on a broker of its own.
 */
async function main(): Promise<void> {
  const config = fanoutBenchConfig();
  const started = performance.now();
  const loadBefore = loadavg();
  const broker = await startPrivateBroker(config.kafkaPort);
  let relay: RelayThroughput | undefined;
  let endToEnd: EndToEndSample[] | undefined;
  try {
    if (config.parts.includes('relay')) relay = await measureRelayThroughput(config.relay, broker);
    if (config.parts.includes('end-to-end')) endToEnd = await measureEndToEnd({ ...config.endToEnd, broker });
  } finally {
    await broker.stop();
  }

  const relayMedians = relay && mediansOf(relay.samples);
  const e2eMedians = endToEnd && endToEndMedians(endToEnd);
  if (relayMedians) {
    console.log(
      `\nRelay throughput, medians of ${config.relay.repeats} drains of ${config.relay.events} events`,
    );
    console.log(table(relayMedians, config.relay.targetEventsPerSecond));
  }
  if (e2eMedians) {
    console.log(
      `\nCommand accepted -> row in the FBI's inbox (distributed profile), medians of ${config.endToEnd.repeats} ` +
        `runs of ${config.endToEnd.seconds} s; inbox polled every ${config.endToEnd.pollMs} ms`,
    );
    console.log(endToEndTable(e2eMedians, config.endToEnd.targetP99Ms));
  }

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    machine: machineInfo(loadBefore),
    postgres: await serverInfo(config.relay.serverUrl),
    kafka: 'one local broker (scripts/kafka.sh, KRaft), started for the run',
    durationSeconds: round((performance.now() - started) / 1000, 1),
    relay: relay && {
      config: { ...config.relay, serverUrl: undefined },
      preloadSeconds: relay.preloadSeconds,
      medians: relayMedians,
      samples: relay.samples,
    },
    endToEnd: endToEnd && {
      profile: 'distributed: API (PostgreSQL store), relay, projector as three processes; one PostgreSQL',
      measured: 'from the 201 at the client to the row in agency_inbox.inbox_entries, polled',
      config: { ...config.endToEnd, serverUrl: undefined },
      medians: e2eMedians,
      samples: endToEnd,
    },
  };
  mkdirSync(join(RESULTS, '..'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nevery run in ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
