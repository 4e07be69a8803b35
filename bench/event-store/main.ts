import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchConfig, type BenchConfig } from './bench-config';
import type { Contender } from './contender';
import { directiveIssued, newStreamId } from './directive-events';
import { emmettContender } from './emmett-contender';
import { figures } from './figures';
import { dropDatabase, freshDatabase, serverInfo } from './fresh-database';
import { oursOnPglite, oursOnPostgres } from './ours-contender';
import { mediansOf, table, writeResults, type Recorded } from './report';

const resultsPath = join(process.cwd(), 'bench', 'results', 'event-store.json');
const databases = { ours: 'hstf_bench_event_store', emmett: 'hstf_bench_emmett' };

/** The read figure reads the oldest events: every contender gets the same number of them first. */
async function prefill(contender: Contender, events: number, size: number): Promise<void> {
  for (let written = 0; written < events; written += size) {
    const streamId = newStreamId();
    const batch = Array.from({ length: Math.min(size, events - written) }, (_, i) =>
      directiveIssued(streamId, i),
    );
    await contender.writer(streamId).append(batch);
  }
}

async function run(config: BenchConfig): Promise<void> {
  const started = performance.now();
  const loadAverageBefore = loadavg();
  const server = await serverInfo(config.serverUrl);
  const pgliteDir = mkdtempSync(join(tmpdir(), 'hstf-bench-pglite-'));
  const contenders = [
    await oursOnPglite(pgliteDir),
    await oursOnPostgres(await freshDatabase(config.serverUrl, databases.ours), config.poolSize),
    await emmettContender(await freshDatabase(config.serverUrl, databases.emmett), config.poolSize),
  ];
  const samples: Recorded[] = [];
  try {
    for (const contender of contenders) await prefill(contender, config.readEvents, 500);
    // Contenders take turns within each repeat, so drift on the machine spreads over all of them alike.
    for (let repeat = 1; repeat <= config.repeats; repeat++) {
      for (const figure of figures(config)) {
        for (const contender of contenders) {
          const sample = await figure.run(contender);
          samples.push({ figure: figure.name, contender: contender.name, repeat, ...sample });
          console.error(`#${repeat} ${figure.name} ${contender.name}: ${JSON.stringify(sample)}`);
        }
      }
    }
  } finally {
    await Promise.all(contenders.map((contender) => contender.close()));
    rmSync(pgliteDir, { recursive: true, force: true });
    await dropDatabase(config.serverUrl, databases.ours);
    await dropDatabase(config.serverUrl, databases.emmett);
  }
  const names = contenders.map((contender) => contender.name);
  console.log(table(mediansOf(samples), names, 'ours-PG', 'Emmett-PG'));
  writeResults(resultsPath, config, server, samples, {
    durationSeconds: (performance.now() - started) / 1000,
    loadAverageBefore,
  });
  console.log(
    `\nload average before ${loadAverageBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`\nmedians of ${config.repeats} samples; every sample in ${resultsPath}`);
}

run(benchConfig()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
