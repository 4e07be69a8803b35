import {
  ALL_PROJECTIONS,
  fromRecordedEvent,
  Projection,
  ProjectionOutdated,
  ProjectionRunner,
  readVersions,
  rebuildProjection,
  RebuildInProgress,
  RunningProjector,
  startProjector,
  stateBoardProjection,
} from '@hstf/projections';
import { foldStore } from './fold-store';
import { expectReadModelsToEqualFold } from './fold-comparison';
import { ProjectionHarness } from './harness';
import { writeMore, writeScenario } from './scenario';
import { ScenarioWriter } from './scenario-writer';
import { snapshotRows } from './table-snapshot';

async function schemas(harness: ProjectionHarness): Promise<string[]> {
  const rows = await harness.readModels.query<{ nspname: string }>(
    `SELECT nspname FROM pg_namespace WHERE nspname ~ '^(state_board|agency_inbox|feed|tallies|remission_ledger|victim_services|outreach)_v' ORDER BY 1`,
  );
  return rows.map((r) => r.nspname);
}

describe('rebuilding a projection from the event store', () => {
  let harness: ProjectionHarness;
  let writer: ScenarioWriter;
  let projector: RunningProjector;

  beforeAll(async () => {
    harness = await ProjectionHarness.open('rm_rebuild');
    writer = new ScenarioWriter(harness.store);
    await writeScenario(writer);
    projector = await startProjector({
      db: harness.readModels,
      source: { kind: 'event-store', store: harness.store },
    });
    await harness.untilCaughtUp(writer.lastPosition);
  }, 60_000);

  afterAll(async () => {
    await projector?.stop();
    await harness?.close();
  });

  it('produces the same rows in a new table set, switches to it and drops the old one', async () => {
    for (const projection of ALL_PROJECTIONS) {
      const before = await snapshotRows(harness.readModels, projection);
      const result = await rebuildProjection(harness.readModels, harness.store, projection, {
        batchSize: 25,
      });
      expect(result).toMatchObject({
        previousSet: `${projection.name}_v1`,
        tableSet: `${projection.name}_v2`,
      });
      expect(await snapshotRows(harness.readModels, projection)).toEqual(before);
    }
    expect(
      (await readVersions(harness.readModels)).map((v) => [v.projection, v.liveSet, v.buildingSet]),
    ).toEqual([
      ['agency_inbox', 'agency_inbox_v2', null],
      ['feed', 'feed_v2', null],
      ['outreach', 'outreach_v2', null],
      ['remission_ledger', 'remission_ledger_v2', null],
      ['state_board', 'state_board_v2', null],
      ['tallies', 'tallies_v2', null],
      ['victim_services', 'victim_services_v2', null],
    ]);
    expect(await schemas(harness)).toEqual([
      'agency_inbox_v2',
      'feed_v2',
      'outreach_v2',
      'remission_ledger_v2',
      'state_board_v2',
      'tallies_v2',
      'victim_services_v2',
    ]);
  });

  it('keeps queries answering from the old set while it builds, as the story goes on, then switches', async () => {
    const seen: { position: bigint; rebuilding: string | null }[] = [];
    const failures: unknown[] = [];
    let querying = true;
    const queries = (async () => {
      while (querying) {
        await Promise.all([
          harness.queries.board('TX'),
          harness.queries.overview(),
          harness.queries.inbox('DEA'),
          harness.queries.feed('state:AZ', { limit: 1000 }),
          harness.queries.taskings({ state: 'TX', status: 'open' }),
        ]).catch((error: unknown) => failures.push(error));
      }
    })();
    let round = 0;
    let writes = Promise.resolve();
    const result = await rebuildProjection(harness.readModels, harness.store, stateBoardProjection, {
      batchSize: 10,
      onProgress: () => {
        void harness.queries.statuses().then((statuses) => {
          const board = statuses.find((s) => s.projection === 'state_board')!;
          seen.push({ position: board.position, rebuilding: board.rebuildingInto });
        });
        // New events keep arriving while the rebuild runs; the live runner applies them to the old set.
        if (round < 4) {
          const next = 100 + round++;
          writes = writes.then(() => writeMore(writer, next));
        }
      },
    });
    querying = false;
    await Promise.all([queries, writes]);
    await harness.untilCaughtUp(writer.lastPosition);
    expect(failures).toEqual([]);
    expect(result.tableSet).toBe('state_board_v3');
    expect(seen.some((s) => s.rebuilding === 'state_board_v3')).toBe(true);
    await expectReadModelsToEqualFold(harness.queries, await foldStore(harness.store));
  });

  it('refuses a second rebuild of the same projection while one runs', async () => {
    let second: Promise<unknown> | undefined;
    await rebuildProjection(harness.readModels, harness.store, stateBoardProjection, {
      batchSize: 50,
      onProgress: () => {
        second ??= rebuildProjection(harness.readModels, harness.store, stateBoardProjection).catch(
          (e: unknown) => e,
        );
      },
    });
    expect(await second).toBeInstanceOf(RebuildInProgress);
  });

  it('is how a new version of a projection takes over: the old version stops writing, the new one starts', async () => {
    const next: Projection = { ...stateBoardProjection, version: stateBoardProjection.version + 1 };
    const runner = new ProjectionRunner(harness.readModels, next);
    await expect(runner.prepare()).rejects.toThrow(ProjectionOutdated);
    await rebuildProjection(harness.readModels, harness.store, next);
    await runner.prepare();
    await writeMore(writer, 200);
    const checkpoint = await runner.checkpoint();
    const events = (await harness.eventsUpTo(writer.lastPosition)).filter(
      (e) => e.globalPosition > checkpoint,
    );
    const batch = events.map(fromRecordedEvent);
    await expect(
      new ProjectionRunner(harness.readModels, stateBoardProjection).applyBatch(batch, { ordered: true }),
    ).rejects.toThrow(/the live tables are version 2 and this build writes version 1/);
    expect(await runner.applyBatch(batch, { ordered: true })).toMatchObject({ applied: batch.length });
  });

  it('shows no feed items from a live set an older version of the feed wrote, until it is rebuilt', async () => {
    // Older versions of the feed wrote every agency's words (1) and every successor's title (2) into every audience's items.
    const shift = (by: number) =>
      harness.readModels.query(
        `UPDATE read_models.projection_versions SET definition_version = definition_version + ${by}
          WHERE projection = 'feed'`,
      );
    expect((await harness.queries.feed('state:AZ', { limit: 10 })).length).toBeGreaterThan(0);
    await shift(-1);
    try {
      expect(await harness.queries.feed('state:AZ', { limit: 10 })).toEqual([]);
    } finally {
      await shift(1);
    }
    expect((await harness.queries.feed('state:AZ', { limit: 10 })).length).toBeGreaterThan(0);
  });
});
