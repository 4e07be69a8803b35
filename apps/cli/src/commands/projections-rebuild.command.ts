import { Argument, Command, Option } from 'commander';
import { ALL_PROJECTIONS, projectionNamed, rebuildProjection, RebuildResult } from '@hstf/projections';
import { LogProgress } from '../audit/progress';
import { openProjectionDatabases } from './projections-databases';

const NAMES = ALL_PROJECTIONS.map((p) => p.name);

interface RebuildOptions {
  readonly batchSize: number;
  readonly force?: boolean;
  readonly json?: boolean;
}

const describe = (r: RebuildResult): string =>
  `${r.projection}: rebuilt ${r.eventsApplied} events up to position ${r.position} into ${r.tableSet}, ` +
  `now live; ${r.previousSet} dropped`;

/**
 * `hstf projections rebuild <name>`: builds the projection again from the event store into a new table
 * set beside the live one, switches the views to it once it has caught up, and drops the old set. Queries
 * and the running projector carry on against the old set meanwhile.
 */
export const projectionsRebuildCommand = (): Command =>
  new Command('rebuild')
    .description(
      'rebuild a read model from the event store into a new table set and switch to it when caught up',
    )
    .addArgument(new Argument('<name>', 'the projection, or "all"').choices([...NAMES, 'all']))
    .addOption(
      new Option('--batch-size <events>', 'events read and applied per transaction')
        .argParser((v) => Number(v))
        .default(1000),
    )
    .option('--force', 'take over from a rebuild that died without finishing')
    .option('--json', 'print the results as JSON')
    .action(async (name: string, options: RebuildOptions) => {
      if (!Number.isInteger(options.batchSize) || options.batchSize < 1)
        throw new Error('--batch-size must be a positive integer');
      const projections = name === 'all' ? ALL_PROJECTIONS : [projectionNamed(name)];
      const { store, readModels, close } = await openProjectionDatabases();
      try {
        const results: RebuildResult[] = [];
        for (const projection of projections) {
          let progress: LogProgress | undefined;
          const result = await rebuildProjection(readModels, store, projection, {
            batchSize: options.batchSize,
            force: options.force,
            onProgress: ({ applied, position, head }) => {
              progress ??= new LogProgress(`rebuilding ${projection.name}`, head);
              progress.update(position, applied);
            },
          });
          progress?.stop();
          results.push(result);
          if (!options.json) process.stdout.write(`${describe(result)}\n`);
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
