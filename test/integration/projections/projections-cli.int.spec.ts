import { readVersions, RunningProjector, startProjector } from '@hstf/projections';
import { projectionsCommand } from '../../../apps/cli/src/commands/projections.command';
import { foldStore } from './fold-store';
import { expectReadModelsToEqualFold } from './fold-comparison';
import { ProjectionHarness } from './harness';
import { writeScenario } from './scenario';
import { ScenarioWriter } from './scenario-writer';

describe('hstf projections (CLI), distributed profile', () => {
  let harness: ProjectionHarness;
  let projector: RunningProjector;
  const saved = { ...process.env };

  beforeAll(async () => {
    harness = await ProjectionHarness.open('rm_cli');
    const writer = new ScenarioWriter(harness.store);
    await writeScenario(writer);
    projector = await startProjector({
      db: harness.readModels,
      source: { kind: 'event-store', store: harness.store },
    });
    await harness.untilCaughtUp(writer.lastPosition);
    Object.assign(process.env, { HSTF_EVENT_STORE: 'postgres', DATABASE_URL: harness.connectionString });
  }, 60_000);

  afterAll(async () => {
    process.env = saved;
    await projector?.stop();
    await harness?.close();
  });

  async function run(...args: string[]): Promise<string> {
    const out: string[] = [];
    const write = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk) => out.push(String(chunk)) > 0);
    try {
      // Commander exits the process on a usage error unless each command is told to throw instead.
      const command = projectionsCommand();
      for (const each of [command, ...command.commands]) each.exitOverride();
      await command.parseAsync(args, { from: 'user' });
    } finally {
      write.mockRestore();
    }
    return out.join('');
  }

  it('rebuilds a projection beside the running projector and says what it switched to', async () => {
    const output = await run('rebuild', 'agency_inbox', '--batch-size', '40');
    expect(output).toMatch(
      /^agency_inbox: rebuilt \d+ events up to position \d+ into agency_inbox_v2, now live; agency_inbox_v1 dropped\n$/,
    );
    const versions = await readVersions(harness.readModels);
    expect(versions.find((v) => v.projection === 'agency_inbox')?.liveSet).toBe('agency_inbox_v2');
    await expectReadModelsToEqualFold(harness.queries, await foldStore(harness.store));
  });

  it('reports each projection as caught up with the store', async () => {
    const status = JSON.parse(await run('status', '--json')) as {
      projections: { projection: string; caughtUp: boolean; tableSet: string }[];
    };
    expect(status.projections.map((p) => [p.projection, p.tableSet, p.caughtUp])).toEqual([
      ['agency_inbox', 'agency_inbox_v2', true],
      ['feed', 'feed_v1', true],
      ['outreach', 'outreach_v1', true],
      ['remission_ledger', 'remission_ledger_v1', true],
      ['state_board', 'state_board_v1', true],
      ['tallies', 'tallies_v1', true],
      ['victim_services', 'victim_services_v1', true],
    ]);
  });

  it('refuses a projection that does not exist, naming those that do', async () => {
    const error = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await expect(run('rebuild', 'arrest_counts')).rejects.toThrow(
        /Allowed choices are state_board, agency_inbox, feed, tallies, remission_ledger, victim_services, outreach, all/,
      );
    } finally {
      error.mockRestore();
    }
  });
});
