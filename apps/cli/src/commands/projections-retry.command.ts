import { Argument, Command } from 'commander';
import {
  ALL_PROJECTIONS,
  Projection,
  projectionNamed,
  retryDeadLetters,
  RetryResult,
} from '@hstf/projections';
import { openProjectionDatabases } from './projections-databases';

const NAMES = ALL_PROJECTIONS.map((p) => p.name);

function describe(result: RetryResult): string {
  const { projection, retried } = result;
  if (retried.length === 0) return `${projection}: no dead letters\n`;
  const lines = retried.map((r) =>
    r.outcome === 'applied'
      ? `  applied      ${r.position} ${r.type} ${r.eventId}`
      : `  still fails  ${r.position} ${r.type} ${r.eventId}: ${r.error}`,
  );
  const applied = retried.filter((r) => r.outcome === 'applied').length;
  return (
    `${projection}: ${applied} of ${retried.length} dead letters applied, ${retried.length - applied} kept\n` +
    `${lines.join('\n')}\n`
  );
}

/**
 * `hstf projections retry <name>`: applies the projection's dead letters again with this build, oldest
 * first, beside the running projector (see retryDeadLetters for what "onto the current read model" means).
 * `find` is how a name becomes a projection; tests pass a fixed one to stand for the corrected code.
 */
export const projectionsRetryCommand = (find: (name: string) => Projection = projectionNamed): Command =>
  new Command('retry')
    .description(
      "apply a read model's dead letters again (after a fix), oldest first: those that apply are removed, " +
        'the others kept with their new error',
    )
    .addArgument(new Argument('<name>', 'the projection, or "all"').choices([...NAMES, 'all']))
    .option('--json', 'print the results as JSON')
    .action(async (name: string, options: { json?: boolean }) => {
      const projections = name === 'all' ? NAMES.map(find) : [find(name)];
      const { readModels, close } = await openProjectionDatabases();
      try {
        const results: RetryResult[] = [];
        for (const projection of projections) {
          const result = await retryDeadLetters(readModels, projection);
          results.push(result);
          if (!options.json) process.stdout.write(describe(result));
        }
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify(results, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}\n`,
          );
        }
      } finally {
        await close();
      }
    });
