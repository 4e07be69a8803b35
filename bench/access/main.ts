import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadOrCreateLocalKey } from '@hstf/auth';
import { createApi } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { JsonLogger } from '../../apps/api/src/observability/json-logger';
import { machineInfo } from '../machine';
import { runAccessMatrix } from './access-matrix';
import { COMMAND_CENTER_ACTORS, LIAISON_ACTORS, MORE_LIAISON_ACTORS } from './access-world';

/**
 * The full access matrix: the world of the e2e spec built ACCESS_ROUNDS times over (3 by default), read by
 * every reader of the spec and by liaisons whose tokens name more states, against the embedded API
 * (`npm start`'s profile, in this process). Writes `outOfScopeItems` and `accessChecks` at the top level of
 * bench/results/reliability.json and the run under `accessMatrix`, keeping what the fuzz run wrote there.
 */
async function main(): Promise<void> {
  const rounds = Number(process.env.ACCESS_ROUNDS ?? 3);
  const load = loadavg();
  const dataDir = await mkdtemp(join(tmpdir(), 'hstf-access-'));
  const api = await createApi(
    loadConfig({ HSTF_DATA_DIR: dataDir, LOG_LEVEL: 'error' }),
    new JsonLogger('error', () => undefined),
  );
  await api.app.listen(0, '127.0.0.1');
  const url = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
  const started = Date.now();
  const actors = [...COMMAND_CENTER_ACTORS, ...LIAISON_ACTORS, ...MORE_LIAISON_ACTORS];
  const result = await runAccessMatrix(
    { url, store: api.store, key: await loadOrCreateLocalKey(dataDir) },
    { actors, rounds },
  );
  const seconds = (Date.now() - started) / 1000;
  await api.close();
  await rm(dataDir, { recursive: true, force: true });

  console.log(
    `\n${result.requests} requests by ${result.actors} readers over ${result.endpoints.read.length} GET operations in ${seconds.toFixed(0)} s (world: ${rounds} rounds)\n`,
  );
  console.log('| endpoint | checks |\n|---|---|');
  for (const [endpoint, checks] of Object.entries(result.checksByEndpoint))
    console.log(`| ${endpoint} | ${checks} |`);
  console.log('\n| reader to item | checks |\n|---|---|');
  for (const [relation, checks] of Object.entries(result.checksByRelation))
    console.log(`| ${relation} | ${checks} |`);
  console.log('\n| figure | count |\n|---|---|');
  for (const figure of ['accessChecks', 'outOfScopeItems', 'missingItems', 'otherFailures'] as const)
    console.log(`| ${figure} | ${result[figure]} |`);
  if (result.endpoints.unclassified.length > 0)
    console.log(`\nGET operations the matrix does not know: ${result.endpoints.unclassified.join(', ')}`);
  for (const failure of result.failures)
    console.log(`  ${failure.kind} ${failure.actor} ${failure.request}: ${failure.detail}`);

  const dir = resolve(__dirname, '..', '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'reliability.json');
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const written = {
    ...earlier,
    outOfScopeItems: result.outOfScopeItems,
    accessChecks: result.accessChecks,
    accessMatrix: { when: new Date().toISOString(), seconds, rounds, ...result, machine: machineInfo(load) },
  };
  writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
  const clean =
    result.outOfScopeItems + result.missingItems + result.otherFailures === 0 &&
    result.endpoints.unclassified.length === 0;
  process.exitCode = clean ? 0 : 1;
}

void main();
