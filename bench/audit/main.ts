import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EventStore, openPgEventStore, openPgliteEventStore } from '@hstf/event-store';
import { dropDatabase, freshDatabase, serverInfo } from '../event-store/fresh-database';
import { machineInfo } from '../machine';
import { asOfFigures, BoardFigures } from './as-of-latency';
import { AuditBenchConfig, auditBenchConfig, BENCH_STATES } from './audit-bench-config';
import { Loaded, loadLog } from './load-log';
import { readWholeLog, replayFromStore, replayInMemory, Throughput } from './replay';

const resultsPath = join(process.cwd(), 'bench', 'results', 'audit.json');
const DATABASE = 'hstf_bench_audit';
const TARGET_REPLAY = 100_000;
const TARGET_BOARD_MS = 1000;

interface Run {
  readonly store: string;
  readonly loaded: Loaded;
  readonly replay: { readonly fromStore: Throughput; readonly inMemory: Throughput };
  readonly asOf: BoardFigures;
}

async function measure(
  name: string,
  store: EventStore,
  events: number,
  config: AuditBenchConfig,
): Promise<Run> {
  const states = BENCH_STATES.slice(0, config.states);
  console.error(`${name}: loading ${events.toLocaleString('en-US')} events over ${states.length} states`);
  const loaded = await loadLog(store, events, states);
  console.error(`${name}: replaying`);
  const fromStore = await replayFromStore(store, config.pageSize);
  const log = await readWholeLog(store, config.pageSize);
  const inMemory = replayInMemory(log);
  console.error(`${name}: as-of questions`);
  const asOf = await asOfFigures(store, log, states, config.queries, config.snapshotEvery);
  return { store: name, loaded, replay: { fromStore, inMemory }, asOf };
}

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => `${value.toFixed(1)} ms`;

function table(runs: readonly Run[]): string {
  const rows: [string, ...string[]][] = [
    ['figure', ...runs.map((r) => r.store)],
    ['events in the log', ...runs.map((r) => n(r.loaded.events))],
    ['replay: read + fold (events/s)', ...runs.map((r) => n(r.replay.fromStore.eventsPerSecond))],
    ['replay: fold only (events/s)', ...runs.map((r) => n(r.replay.inMemory.eventsPerSecond))],
    [
      'largest board (events)',
      ...runs.map((r) => `${r.asOf.fullBoardWarm.state} ${n(r.asOf.fullBoardWarm.boardEvents)}`),
    ],
    ['largest board at head, cached', ...runs.map((r) => ms(r.asOf.fullBoardWarm.ms))],
    ['largest board at head, no cache', ...runs.map((r) => ms(r.asOf.fullBoardUncached.ms))],
    [
      'board atPosition p50 / p95',
      ...runs.map((r) => `${ms(r.asOf.atPosition.p50Ms)} / ${ms(r.asOf.atPosition.p95Ms)}`),
    ],
    [
      'board asOf p50 / p95',
      ...runs.map((r) => `${ms(r.asOf.asOfTime.p50Ms)} / ${ms(r.asOf.asOfTime.p95Ms)}`),
    ],
    [
      'stream state as of p50 / p95',
      ...runs.map((r) => `${ms(r.asOf.streamState.p50Ms)} / ${ms(r.asOf.streamState.p95Ms)}`),
    ],
    ['first question of a board (cold)', ...runs.map((r) => ms(Object.values(r.asOf.coldMs)[0].ms))],
    ['heap held by the board cache', ...runs.map((r) => `${r.asOf.cacheHeapMiB} MiB`)],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((value, i) => value.padEnd(widths[i])).join(' | ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}

async function run(config: AuditBenchConfig): Promise<void> {
  const started = performance.now();
  const loadAverageBefore = loadavg();
  const server = await serverInfo(config.serverUrl);
  const runs: Run[] = [];
  const pg = await openPgEventStore({
    pool: { connectionString: await freshDatabase(config.serverUrl, DATABASE), max: config.poolSize },
  });
  try {
    runs.push(await measure('PostgreSQL', pg, config.events, config));
  } finally {
    await pg.close();
    await dropDatabase(config.serverUrl, DATABASE);
  }
  if (config.pgliteEvents > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'hstf-bench-audit-'));
    const pglite = await openPgliteEventStore(dir);
    try {
      runs.push(await measure('PGlite', pglite, config.pgliteEvents, config));
    } finally {
      await pglite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const [main] = runs;
  const verdict = {
    replayTarget: TARGET_REPLAY,
    replayMet: main.replay.fromStore.eventsPerSecond >= TARGET_REPLAY,
    boardTargetMs: TARGET_BOARD_MS,
    largestBoardEvents: main.asOf.fullBoardWarm.boardEvents,
    boardMet: main.asOf.fullBoardWarm.ms <= TARGET_BOARD_MS && main.asOf.atPosition.p95Ms <= TARGET_BOARD_MS,
  };
  console.log(table(runs));
  console.log(
    `\nreplay target ${n(TARGET_REPLAY)} events/s: ${verdict.replayMet ? 'met' : 'NOT met'}; ` +
      `board of ${n(verdict.largestBoardEvents)} events within ${TARGET_BOARD_MS} ms (cached, p95 of cuts): ` +
      `${verdict.boardMet ? 'met' : 'NOT met'}`,
  );
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    machine: machineInfo(loadAverageBefore),
    postgres: server,
    config: { ...config, serverUrl: undefined },
    durationSeconds: Math.round((performance.now() - started) / 100) / 10,
    verdict,
    runs,
  };
  mkdirSync(dirname(resultsPath), { recursive: true });
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults in ${resultsPath}`);
}

run(auditBenchConfig()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
