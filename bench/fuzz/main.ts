import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadOrCreateLocalKey } from '@hstf/auth';
import { createApi } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { JsonLogger } from '../../apps/api/src/observability/json-logger';
import { machineInfo } from '../machine';
import { runFuzz } from './fuzz-run';

/**
 * The full fuzz run: at least 10,000 hostile requests derived from the OpenAPI document against the embedded
 * API (`npm start`'s profile, in this process). Writes its figures as the top-level fields of
 * bench/results/reliability.json, keeping what other runs (the access matrix) wrote there.
 */
async function main(): Promise<void> {
  const requests = Number(process.env.FUZZ_REQUESTS ?? 10_000);
  const seed = Number(process.env.FUZZ_SEED ?? 20261202);
  const load = loadavg();
  const dataDir = await mkdtemp(join(tmpdir(), 'hstf-fuzz-'));
  const api = await createApi(
    loadConfig({ HSTF_DATA_DIR: dataDir, LOG_LEVEL: 'error' }),
    new JsonLogger('error', () => undefined),
  );
  await api.app.listen(0, '127.0.0.1');
  const url = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
  const started = Date.now();
  const result = await runFuzz(
    { url, store: api.store, key: await loadOrCreateLocalKey(dataDir) },
    { requests, seed },
  );
  const seconds = (Date.now() - started) / 1000;
  const alive = (await fetch(`${url}/health`)).status === 200;
  await api.close();
  await rm(dataDir, { recursive: true, force: true });

  console.log(
    `\n${result.requests} requests over ${result.operations} operations in ${seconds.toFixed(0)} s (seed ${seed})\n`,
  );
  console.log('| status | answers |\n|---|---|');
  for (const [status, count] of Object.entries(result.byStatus).sort())
    console.log(`| ${status} | ${count} |`);
  console.log('\n| check | count |\n|---|---|');
  for (const check of [
    'serverErrors',
    'nonProblem4xx',
    'undocumentedSuccess',
    'transportErrors',
    'eventsAppendedByRefused',
    'unrecordedRequests',
  ] as const)
    console.log(`| ${check} | ${result[check]} |`);
  console.log(`| process alive after the run | ${alive ? 'yes' : 'NO'} |`);
  for (const failure of result.failures)
    console.log(`  ${failure.kind} ${failure.status ?? ''} ${failure.request}: ${failure.detail}`);

  const dir = resolve(__dirname, '..', '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'reliability.json');
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const { failures, ...figures } = result;
  const written = {
    ...earlier,
    requests: result.requests,
    serverErrors: result.serverErrors,
    nonProblem4xx: result.nonProblem4xx,
    eventsAppendedByRefused: result.eventsAppendedByRefused,
    fuzz: {
      when: new Date().toISOString(),
      seed,
      seconds,
      processAlive: alive,
      ...figures,
      failures,
      machine: machineInfo(load),
    },
  };
  writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
  const clean =
    alive &&
    result.serverErrors + result.nonProblem4xx + result.undocumentedSuccess + result.transportErrors === 0 &&
    result.eventsAppendedByRefused + result.unrecordedRequests === 0;
  process.exitCode = clean ? 0 : 1;
}

void main();
