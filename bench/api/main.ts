import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadOrCreateLocalKey, mintToken, Role } from '@hstf/auth';
import { openPgEventStore, PgDriver } from '@hstf/event-store';
import { rebuildProjection, stateBoardProjection } from '@hstf/projections';
import { ApiClient } from '../../apps/cli/src/api-client';
import { dropDatabase, freshDatabase } from '../event-store/fresh-database';
import { median, round } from '../event-store/stats';
import { startApiProcess } from './api-server';
import { load, LoadResult } from './load';
import { DIRECTIVE_BODY, prepareTaskings } from './scenario';

/**
 * Commands/s and latency of two commands through the whole API (HTTP, validation, auth, decide, append) at
 * 1, 16 and 64 connections, on the embedded profile (PGlite) and on a PostgreSQL server.
 * Env: BENCH_SECONDS (default 8), BENCH_REPEATS (default 3), BENCH_CONNECTIONS (default 1,16,64),
 * BENCH_PROFILES (default embedded,postgres), BENCH_CPU_PROF (a directory for the API's CPU profiles), PG_SERVER_URL (default postgres://postgres@127.0.0.1:5432).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const SERVER = process.env.PG_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,16,64').split(',').map(Number);
const PROFILES = (process.env.BENCH_PROFILES ?? 'embedded,postgres').split(',');
const TASKINGS = 256;

interface Sample extends LoadResult {
  /** Database statements per command: hstf_db_statements_total over the run and a settling second. */
  readonly statementsPerCommand: number;
}

interface Row {
  profile: string;
  command: string;
  connections: number;
  samples: Sample[];
}

/** The API's own count of statements sent to its database (ApiMetrics.countStatements). */
async function statements(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('hstf_db_statements_total '));
  return Number(line?.split(' ')[1] ?? NaN);
}

async function measured(spec: Parameters<typeof load>[0]): Promise<Sample> {
  const before = await statements(spec.url);
  const result = await load(spec);
  // The embedded profile's projections apply what the run appended a little later: give them a second.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const sent = (await statements(spec.url)) - before;
  return { ...result, statementsPerCommand: result.requests > 0 ? sent / result.requests : 0 };
}

/**
 * The API alone has no projector on a PostgreSQL server (the distributed profile's is a process of its
 * own, fed by Kafka): the state board, from which a liaison's co-led states are read on every command, is
 * built here from the store, as a running projector would have it. Without it every liaison's command
 * paid a failing query (about 2.4 ms of the server's error logging), which made report-progress look three
 * times slower than issue-directive.
 */
async function buildStateBoard(databaseUrl: string): Promise<void> {
  const db = new PgDriver({ pool: { connectionString: databaseUrl, max: 2 } });
  const store = await openPgEventStore({ pool: { connectionString: databaseUrl, max: 2 } });
  try {
    await rebuildProjection(db, store, stateBoardProjection);
  } finally {
    await store.close();
    await db.close();
  }
}

async function benchProfile(profile: string, env: Record<string, string>, port: number): Promise<Row[]> {
  const api = await startApiProcess(port, env);
  try {
    const key = await loadOrCreateLocalKey(api.dataDir);
    const tokenFor = (role: string, agency?: string) =>
      mintToken(key, { sub: `bench-${role}`, roles: [role as Role], agency });
    const client = new ApiClient(api.url);
    const taskings = await prepareTaskings(client, tokenFor, TASKINGS);
    if (env.HSTF_EVENT_STORE === 'postgres') await buildStateBoard(env.DATABASE_URL);
    const operator = await tokenFor('operator');
    const fbi = await tokenFor('liaison', 'FBI');
    let n = 0;
    const commands = {
      'issue-directive': { token: operator, next: () => ({ path: '/directives', body: DIRECTIVE_BODY }) },
      'report-progress': {
        token: fbi,
        next: () => {
          n++;
          const body = JSON.stringify({ summary: `Progress report ${n}`, percentComplete: n % 100 });
          return { path: `/taskings/${taskings[n % taskings.length]}/progress-reports`, body };
        },
      },
    };
    const rows: Row[] = [];
    for (const [command, spec] of Object.entries(commands)) {
      for (const connections of CONNECTIONS) {
        const samples: Sample[] = [];
        for (let r = 0; r < REPEATS; r++) {
          samples.push(await measured({ url: api.url, connections, durationSeconds: SECONDS, ...spec }));
        }
        rows.push({ profile, command, connections, samples });
        const med = summarize(samples);
        console.log(
          `${profile.padEnd(10)} ${command.padEnd(16)} c=${String(connections).padEnd(3)} ${med.rps} cmd/s  p50 ${med.p50} ms  p99 ${med.p99} ms  max ${med.max} ms  ${med.statements} statements/command  non-2xx ${med.non2xx}`,
        );
      }
    }
    return rows;
  } finally {
    await api.stop();
  }
}

const summarize = (samples: Sample[]) => ({
  rps: round(median(samples.map((s) => s.requestsPerSecond)), 0),
  p50: round(median(samples.map((s) => s.p50Ms))),
  p99: round(median(samples.map((s) => s.p99Ms))),
  max: round(Math.max(...samples.map((s) => s.maxMs))),
  statements: round(median(samples.map((s) => s.statementsPerCommand)), 1),
  non2xx: samples.reduce((sum, s) => sum + s.non2xx + s.errors, 0),
});

async function main(): Promise<void> {
  const started = Date.now();
  const rows: Row[] = [];
  if (PROFILES.includes('embedded')) {
    rows.push(...(await benchProfile('embedded', { HSTF_EVENT_STORE: 'pglite' }, 3901)));
  }
  if (PROFILES.includes('postgres')) {
    const database = await freshDatabase(SERVER, 'hstf_bench_api');
    try {
      rows.push(
        ...(await benchProfile('postgres', { HSTF_EVENT_STORE: 'postgres', DATABASE_URL: database }, 3902)),
      );
    } finally {
      await dropDatabase(SERVER, 'hstf_bench_api');
    }
  }
  console.log(
    '\n| profile | command | connections | commands/s (median) | p50 ms | p99 ms | max ms | statements/command | non-2xx |',
  );
  console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|');
  const summary = rows.map((row) => ({
    profile: row.profile,
    command: row.command,
    connections: row.connections,
    ...summarize(row.samples),
  }));
  for (const m of summary)
    console.log(
      `| ${m.profile} | ${m.command} | ${m.connections} | ${m.rps} | ${m.p50} | ${m.p99} | ${m.max} | ${m.statements} | ${m.non2xx} |`,
    );
  const at = (profile: string, connections: number) =>
    summary
      .filter((m) => m.profile === profile && m.connections === connections)
      .map((m) => `${m.command} ${m.rps}/s p99 ${m.p99} ms max ${m.max} ms`)
      .join('; ');
  console.log(`\nTarget (embedded, 16 connections): >= 600 commands/s, p99 <= 100 ms: ${at('embedded', 16)}`);
  console.log(`Target (embedded, 64 connections): no request over 1 s: ${at('embedded', 64)}`);
  console.log(`Target (PostgreSQL, 16 connections): >= 1500 commands/s, p99 <= 50 ms: ${at('postgres', 16)}`);
  const out = resolve(__dirname, '../../../bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'api.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        machine: {
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model,
          memoryGiB: round(totalmem() / 2 ** 30, 1),
        },
        config: { seconds: SECONDS, repeats: REPEATS, connections: CONNECTIONS, taskings: TASKINGS },
        durationSeconds: round((Date.now() - started) / 1000, 1),
        summary,
        samples: rows,
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
