import { Command } from 'commander';
import { ReadModelQueries } from '@hstf/projections';
import { openProjectionDatabases } from './projections-databases';

/** `hstf projections status`: each projection's live table set, version, position and lag behind the store. */
export const projectionsStatusCommand = (): Command =>
  new Command('status')
    .description("each read model's live table set, version, position and lag behind the event store")
    .option('--json', 'print the status as JSON')
    .action(async (options: { json?: boolean }) => {
      const { store, readModels, close } = await openProjectionDatabases();
      try {
        const [statuses, head] = await Promise.all([
          new ReadModelQueries(readModels).statuses(),
          store.headPosition(),
        ]);
        const rows = statuses.map((s) => ({
          projection: s.projection,
          tableSet: s.tableSet,
          version: s.version,
          position: s.position.toString(),
          eventsApplied: s.eventsApplied,
          caughtUp: s.position >= head,
          updatedAt: s.updatedAt,
          rebuildingInto: s.rebuildingInto,
        }));
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ storeHead: head.toString(), projections: rows })}\n`);
          return;
        }
        if (rows.length === 0) {
          process.stdout.write('no read models yet: start the API (embedded) or the projector\n');
          return;
        }
        const lines = rows.map(
          (r) =>
            `${r.projection.padEnd(14)} ${r.tableSet.padEnd(18)} v${r.version}  ${String(r.eventsApplied).padStart(9)} events  ` +
            `${r.caughtUp ? 'caught up' : `at ${r.position}, store at ${head}`}` +
            (r.rebuildingInto ? `  (rebuilding into ${r.rebuildingInto})` : ''),
        );
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await close();
      }
    });
