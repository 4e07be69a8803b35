import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadOrCreateLocalKey, mintToken, Role } from '@hstf/auth';
import { openDatabases } from '@hstf/event-store';
import {
  agencyTally,
  ALL_PROJECTIONS,
  NATIONAL_TALLY,
  ReadModelQueries,
  rebuildProjection,
  stateTally,
  talliesProjection,
} from '@hstf/projections';
import { startApiProcess } from '../api/api-server';
import { percentile, round } from '../event-store/stats';
import { machineInfo } from '../machine';
import { writeReportLog } from './report-log';

/**
 * Reads of the tallies on a read model of 100,000 reported arrests: the store is written with the report
 * decider (1,000 reports x 100 arrests over five states and nine agencies, a tenth of them reported by a
 * second agency, half the reports charged in part and verified in part), the tallies are built by the
 * rebuild path on PGlite, and then `GET /tallies/...` is asked many times through the API of the embedded
 * profile on that data directory, in a process of its own. The same questions asked of the query
 * functions in this process are the peer: what HTTP, auth and the access rule add.
 * Env: REPORTS_BENCH_REPORTS (1000), REPORTS_BENCH_ARRESTS (100), REPORTS_BENCH_REQUESTS (2000 per
 * endpoint and concurrency), REPORTS_BENCH_CONNECTIONS (1,8), REPORTS_BENCH_PORT (3217).
 */
const int = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number >= 1, got "${raw}"`);
  return value;
};
const REPORTS = int('REPORTS_BENCH_REPORTS', 1000);
const ARRESTS = int('REPORTS_BENCH_ARRESTS', 100);
const REQUESTS = int('REPORTS_BENCH_REQUESTS', 2000);
const WARMUP = 100;
const PORT = int('REPORTS_BENCH_PORT', 3217);
const CONNECTIONS = (process.env.REPORTS_BENCH_CONNECTIONS ?? '1,8').split(',').map(Number);
const TARGET_P99_MS = 50;
const resultsPath = join(process.cwd(), 'bench', 'results', 'reports.json');

const STATES = [
  { state: 'TX', court: 'txsd' },
  { state: 'AZ', court: 'azd' },
  { state: 'CA', court: 'casd' },
  { state: 'NM', court: 'nmd' },
  { state: 'FL', court: 'flsd' },
];
const AGENCIES = ['FBI', 'ICE-HSI', 'CBP', 'DEA', 'ATF', 'USMS', 'USCG', 'TSA', 'FAMS'];

interface Endpoint {
  readonly name: string;
  /** The three reads the target is set for, at the default page; the others show what a filter or a long page costs. */
  readonly target: boolean;
  readonly path: string;
  /** Who asks: the national tally is the command center's, a state's and an agency's a liaison's. */
  readonly as: { readonly role: Role; readonly agency?: string; readonly states?: string[] };
  /** The same question of the query functions. */
  readonly query: (queries: ReadModelQueries) => Promise<unknown>;
}

const ENDPOINTS: readonly Endpoint[] = [
  {
    name: 'GET /tallies/national',
    target: true,
    path: '/tallies/national',
    as: { role: 'supervisor' },
    query: (q) => q.tally(NATIONAL_TALLY),
  },
  {
    name: 'GET /tallies/states/TX',
    target: true,
    path: '/tallies/states/TX',
    as: { role: 'liaison', agency: 'FBI', states: ['TX'] },
    query: (q) => q.tally(stateTally('TX')),
  },
  {
    name: 'GET /tallies/agencies/FBI',
    target: true,
    path: '/tallies/agencies/FBI',
    as: { role: 'liaison', agency: 'FBI' },
    query: (q) => q.tally(agencyTally('FBI')),
  },
  {
    name: 'GET /tallies/national?tier=courtVerified',
    target: false,
    path: '/tallies/national?tier=courtVerified',
    as: { role: 'supervisor' },
    query: (q) => q.tally(NATIONAL_TALLY, { tier: 'courtVerified' }),
  },
  {
    name: 'GET /tallies/states/CA?after=…&limit=1000',
    target: false,
    path: '/tallies/states/CA?after=HSTF-CA-2026-010000&limit=1000',
    as: { role: 'supervisor' },
    query: (q) => q.tally(stateTally('CA'), { after: 'HSTF-CA-2026-010000', limit: 1000 }),
  },
];

interface Latency {
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly perSecond: number;
}

function latencyOf(samples: readonly number[], seconds: number): Latency {
  return {
    requests: samples.length,
    p50Ms: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    maxMs: round(Math.max(...samples)),
    perSecond: Math.round(samples.length / seconds),
  };
}

/** `requests` asks over `connections` loops, each waiting for its answer before the next. */
async function measure(connections: number, requests: number, ask: () => Promise<void>): Promise<Latency> {
  const samples: number[] = [];
  let left = requests;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (left-- > 0) {
        const at = performance.now();
        await ask();
        samples.push(performance.now() - at);
      }
    }),
  );
  return latencyOf(samples, (performance.now() - started) / 1000);
}

interface Row {
  readonly endpoint: string;
  readonly via: 'http' | 'query';
  readonly connections: number;
  readonly latency: Latency;
  readonly answerBytes?: number;
}

function table(rows: readonly Row[]): string {
  const lines: string[][] = [
    ['endpoint', 'via', 'conn', 'requests', 'p50 ms', 'p99 ms', 'max ms', 'req/s', 'answer'],
    ...rows.map((r) => [
      r.endpoint,
      r.via,
      String(r.connections),
      r.latency.requests.toLocaleString('en-US'),
      r.latency.p50Ms.toFixed(2),
      r.latency.p99Ms.toFixed(2),
      r.latency.maxMs.toFixed(2),
      r.latency.perSecond.toLocaleString('en-US'),
      r.answerBytes === undefined ? '' : `${Math.round(r.answerBytes / 1024)} KiB`,
    ]),
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const line = (l: string[]) => l.map((v, i) => v.padEnd(widths[i])).join(' | ');
  return [line(lines[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.slice(1).map(line)].join('\n');
}

async function build(dataDir: string) {
  const databases = await openDatabases({ HSTF_DATA_DIR: dataDir, HSTF_EVENT_STORE: 'pglite' });
  try {
    let started = performance.now();
    console.error(`writing ${REPORTS.toLocaleString('en-US')} reports of ${ARRESTS} arrests`);
    const log = await writeReportLog(databases.store, {
      reports: REPORTS,
      arrestsPerReport: ARRESTS,
      states: STATES,
      agencies: AGENCIES,
    });
    const writeSeconds = (performance.now() - started) / 1000;
    console.error(`  ${log.events.toLocaleString('en-US')} events in ${writeSeconds.toFixed(1)} s; rebuilding tallies`);
    started = performance.now();
    const rebuilt = await rebuildProjection(databases.sql, databases.store, talliesProjection, {
      onProgress: (p) => {
        if (p.applied % 1000 < 100) console.error(`  applied ${p.applied.toLocaleString('en-US')} events`);
      },
    });
    const rebuildSeconds = (performance.now() - started) / 1000;
    // The other read models too, so that the API starts caught up and its projections stay idle.
    for (const projection of ALL_PROJECTIONS.filter((p) => p !== talliesProjection))
      await rebuildProjection(databases.sql, databases.store, projection);
    const queries = new ReadModelQueries(databases.sql);
    const national = await queries.tally(NATIONAL_TALLY);
    const figures = {
      reported: national.tiers.reported.arrests,
      charged: national.tiers.charged.arrests,
      courtVerified: national.tiers.courtVerified.arrests,
    };
    const expected = {
      reported: log.reportedArrests,
      charged: log.chargedArrests,
      courtVerified: log.courtVerifiedArrests,
    };
    if (JSON.stringify(figures) !== JSON.stringify(expected))
      throw new Error(`the national tally is ${JSON.stringify(figures)}, not ${JSON.stringify(expected)}`);
    console.error('  query functions in this process');
    const rows: Row[] = [];
    for (const endpoint of ENDPOINTS) {
      for (let i = 0; i < WARMUP; i++) await endpoint.query(queries);
      rows.push({
        endpoint: endpoint.name,
        via: 'query',
        connections: 1,
        latency: await measure(1, REQUESTS, async () => void (await endpoint.query(queries))),
      });
    }
    return {
      log,
      figures,
      writeSeconds: round(writeSeconds, 1),
      rebuild: {
        seconds: round(rebuildSeconds, 1),
        eventsApplied: rebuilt.eventsApplied,
        eventsPerSecond: Math.round(rebuilt.eventsApplied / rebuildSeconds),
        arrestsPerSecond: Math.round(log.reportedArrests / rebuildSeconds),
      },
      rows,
    };
  } finally {
    await databases.close();
  }
}

async function overHttp(dataDir: string): Promise<Row[]> {
  const api = await startApiProcess(PORT, { HSTF_READ_WAIT_MS: '5000' }, dataDir);
  try {
    const key = await loadOrCreateLocalKey(dataDir);
    const rows: Row[] = [];
    for (const endpoint of ENDPOINTS) {
      const token = await mintToken(key, {
        sub: `bench-${endpoint.as.role}`,
        roles: [endpoint.as.role],
        agency: endpoint.as.agency,
        states: endpoint.as.states ?? [],
      });
      const headers = { authorization: `Bearer ${token}` };
      let bytes = 0;
      const ask = async () => {
        const response = await fetch(`${api.url}${endpoint.path}`, { headers });
        const text = await response.text();
        if (response.status !== 200) throw new Error(`${endpoint.name}: ${response.status} ${text}`);
        bytes = text.length;
      };
      for (let i = 0; i < WARMUP; i++) await ask();
      for (const connections of CONNECTIONS) {
        console.error(`  ${endpoint.name} at ${connections} connection(s)`);
        rows.push({
          endpoint: endpoint.name,
          via: 'http',
          connections,
          latency: await measure(connections, REQUESTS, ask),
          answerBytes: bytes,
        });
      }
    }
    return rows;
  } finally {
    await api.stop();
  }
}

async function run(): Promise<void> {
  const started = performance.now();
  const loadAverageBefore = loadavg();
  const dataDir = mkdtempSync(join(tmpdir(), 'hstf-bench-reports-'));
  try {
    const built = await build(dataDir);
    console.error('the API on the embedded profile, on that data directory');
    const http = await overHttp(dataDir);
    const rows = [...http, ...built.rows];
    const targeted = new Set(ENDPOINTS.filter((e) => e.target).map((e) => e.name));
    const single = http.filter((r) => r.connections === 1 && targeted.has(r.endpoint));
    const verdict = {
      targetP99Ms: TARGET_P99_MS,
      endpoints: [...targeted],
      worstP99MsAtOneConnection: Math.max(...single.map((r) => r.latency.p99Ms)),
      met: single.every((r) => r.latency.p99Ms <= TARGET_P99_MS),
    };
    console.log(
      `${built.log.reports.toLocaleString('en-US')} reports, ${built.log.events.toLocaleString('en-US')} events, ` +
        `national tally: ${built.figures.reported.toLocaleString('en-US')} reported, ` +
        `${built.figures.charged.toLocaleString('en-US')} charged, ${built.figures.courtVerified.toLocaleString('en-US')} court-verified arrests; ` +
        `tallies rebuilt in ${built.rebuild.seconds} s (${built.rebuild.eventsPerSecond.toLocaleString('en-US')} events/s, ` +
        `${built.rebuild.arrestsPerSecond.toLocaleString('en-US')} arrests/s)\n`,
    );
    console.log(table(rows));
    console.log(
      `\ntarget p99 <= ${TARGET_P99_MS} ms at one connection, national, state and agency tallies (default page): ` +
        `${verdict.met ? 'met' : 'NOT met'} (worst ${verdict.worstP99MsAtOneConnection} ms)`,
    );
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      machine: machineInfo(loadAverageBefore),
      profile: 'embedded (PGlite), the API in a child process; the query rows in the benchmark process',
      config: { reports: REPORTS, arrestsPerReport: ARRESTS, requests: REQUESTS, warmup: WARMUP, connections: CONNECTIONS },
      durationSeconds: round((performance.now() - started) / 1000, 1),
      store: { ...built.log, lastPosition: built.log.lastPosition.toString(), writeSeconds: built.writeSeconds },
      nationalTally: built.figures,
      rebuild: built.rebuild,
      verdict,
      rows,
    };
    mkdirSync(dirname(resultsPath), { recursive: true });
    writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nresults in ${resultsPath}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
