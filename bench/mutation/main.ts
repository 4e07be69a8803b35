import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { machineInfo } from '../machine';
import { MutationReport, Score, scoresByFile, scoresByLib } from './mutation-scores';

const LIBS = ['domain', 'auth'] as const;
const ROOT = resolve(__dirname, '../../..');
const REPORT = join(ROOT, 'reports/mutation/mutation.json');
const RESULTS = join(ROOT, 'bench/results/mutation.json');

interface Results {
  libs: Record<string, Score & { when: string }>;
  files: Record<string, Score & { when: string }>;
  when?: string;
  machine?: unknown;
}

/**
 * npm run test:mutation [-- domain|auth ... --force]: runs Stryker over the chosen libs with their unit specs,
 * then records each lib's score (and each file's) in bench/results/mutation.json. A lib not run this time
 * keeps its last recorded score, each with the time it was measured.
 */
function main(): void {
  // Options go to Stryker as they are (e.g. --force: ignore the incremental results and test every mutant).
  const passed = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
  const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const unknown = asked.filter((lib) => !(LIBS as readonly string[]).includes(lib));
  if (unknown.length > 0) {
    console.error(`unknown lib ${unknown.join(', ')}; choose among ${LIBS.join(', ')}`);
    process.exit(2);
  }
  const libs = asked.length > 0 ? asked : [...LIBS];
  const loadAverageBefore = loadavg();
  const stryker = spawnSync(
    join(ROOT, 'node_modules/.bin/stryker'),
    ['run', 'stryker.config.mjs', ...passed],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, HSTF_MUTATION_LIBS: libs.join(',') },
    },
  );
  if (stryker.status !== 0) process.exit(stryker.status ?? 1);

  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as MutationReport;
  const when = new Date().toISOString();
  const previous: Results = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results)
    : { libs: {}, files: {} };
  const stamped = (scores: Record<string, Score>) =>
    Object.fromEntries(Object.entries(scores).map(([key, score]) => [key, { ...score, when }]));
  const ran = (path: string) => libs.some((lib) => path.startsWith(`libs/${lib}/`));
  const results: Results = {
    libs: { ...previous.libs, ...stamped(scoresByLib(report, ROOT)) },
    files: {
      ...Object.fromEntries(Object.entries(previous.files).filter(([path]) => !ran(path))),
      ...stamped(scoresByFile(report, ROOT)),
    },
    when,
    machine: { ...machineInfo(loadAverageBefore), concurrency: 2 },
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.table(
    Object.fromEntries(
      Object.entries(results.libs).map(([lib, s]) => [
        lib,
        { score: s.score, killed: s.killed, survived: s.survived, noCoverage: s.noCoverage, when: s.when },
      ]),
    ),
  );
}

main();
