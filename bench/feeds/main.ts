import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { median, round } from '../event-store/stats';
import { loadFeedsBenchConfig } from './feeds-bench-config';
import { latencyRun, RunFigures } from './latency-run';

/**
 * Latency from a command accepted (201 received) to its item received over SSE, p50 and p99, with 1,000
 * connected clients over four agencies and two states, against one client as the peer; and the API
 * process's RSS before and after the clients connect. Embedded profile, API in a child process, median
 * of the runs. Target: p99 <= 300 ms at 1,000 clients.
 */
const TARGET_P99_MS = 300;
const PEER_CLIENTS = 1;

type Figure = Exclude<keyof RunFigures, 'clients' | 'commands'>;
const FIGURES: Figure[] = [
  'p50Ms',
  'p99Ms',
  'maxMs',
  'beforeAnswer',
  'delivered',
  'expected',
  'rssBeforeMiB',
  'rssConnectedMiB',
  'rssAfterMiB',
];

const medianOf = (runs: readonly RunFigures[]) =>
  Object.fromEntries(FIGURES.map((figure) => [figure, median(runs.map((run) => run[figure]))])) as Record<
    Figure,
    number
  >;

async function main(): Promise<void> {
  const config = loadFeedsBenchConfig();
  const started = Date.now();
  const load = loadavg();
  const rows: { clients: number; runs: RunFigures[] }[] = [];
  for (const clients of [PEER_CLIENTS, config.clients]) {
    const runs: RunFigures[] = [];
    for (let r = 0; r < config.repeats; r++) {
      const run = await latencyRun(config.port, clients, config.commands, config.workers);
      runs.push(run);
      console.log(
        `clients=${String(clients).padEnd(5)} run ${r + 1}: p50 ${run.p50Ms} ms  p99 ${run.p99Ms} ms  max ${run.maxMs} ms  ` +
          `delivered ${run.delivered}/${run.expected}  RSS ${run.rssBeforeMiB} -> ${run.rssConnectedMiB} -> ${run.rssAfterMiB} MiB`,
      );
    }
    rows.push({ clients, runs });
  }

  const medians = rows.map(({ clients, runs }) => ({
    clients,
    commands: config.commands,
    ...medianOf(runs),
  }));
  console.log(
    '\n| clients | p50 ms | p99 ms | max ms | delivered | RSS before MiB | RSS connected MiB | RSS after MiB |',
  );
  console.log('|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const m of medians) {
    console.log(
      `| ${m.clients} | ${m.p50Ms} | ${m.p99Ms} | ${m.maxMs} | ${m.delivered}/${m.expected} | ${m.rssBeforeMiB} | ${m.rssConnectedMiB} | ${m.rssAfterMiB} |`,
    );
  }
  const many = medians[medians.length - 1];
  const perClientKiB = round(((many.rssConnectedMiB - many.rssBeforeMiB) * 1024) / many.clients, 1);
  console.log(
    `\nTarget: p99 <= ${TARGET_P99_MS} ms with ${many.clients} clients: p99 ${many.p99Ms} ms ` +
      `(${many.p99Ms <= TARGET_P99_MS ? 'met' : 'NOT met'}); about ${perClientKiB} KiB of RSS per connected client`,
  );

  const out = resolve(__dirname, '../../../bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'feeds.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        machine: {
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model,
          memoryGiB: round(totalmem() / 2 ** 30, 1),
          loadAverageAtStart: load.map((l) => round(l, 2)),
        },
        profile: 'embedded (PGlite), API in a child process, defaults (poll 50 ms)',
        config,
        targetP99Ms: TARGET_P99_MS,
        durationSeconds: round((Date.now() - started) / 1000, 1),
        perConnectedClientKiB: perClientKiB,
        medians,
        runs: rows,
      },
      null,
      2,
    )}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
