import { EVENTS_TOPIC } from '@hstf/contracts';
import { EventRelay, InProcessFanOut, PostgresCheckpointStore, UncontestedLease } from '@hstf/messaging';
import { RunningProjector, startProjector } from '@hstf/projections';
import { foldStore } from './fold-store';
import { expectReadModelsToEqualFold } from './fold-comparison';
import { ProjectionHarness } from './harness';
import { writeMore, writeScenario } from './scenario';
import { ScenarioWriter } from './scenario-writer';

// PGlite's dynamic imports need to run outside Jest's module sandbox (see that helper).
jest.mock('@electric-sql/pglite', () =>
  jest
    .requireActual<typeof import('../../conformance/pglite-outside-jest-sandbox')>(
      '../../conformance/pglite-outside-jest-sandbox',
    )
    .nativePglite(),
);

const quiet = { error: jest.fn(), warn: jest.fn(), log: jest.fn() };

describe('read models after the scenario equal a fold of the event store', () => {
  describe('PostgreSQL read models fed by the store subscription', () => {
    let harness: ProjectionHarness;
    let projector: RunningProjector;
    let writer: ScenarioWriter;

    beforeAll(async () => {
      harness = await ProjectionHarness.open('rm_fold_pg');
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

    it('gives boards, overview, inboxes and feeds that equal the fold', async () => {
      await expectReadModelsToEqualFold(harness.queries, await foldStore(harness.store));
    });

    it('lists the open ones only in inboxes unless asked for closed ones', async () => {
      const inbox = await harness.queries.inbox('FBI');
      expect(inbox.commitments).toEqual([]);
      expect(inbox.taskings.lead.map((t) => t.status)).toEqual([]);
      expect(inbox.directives.map((d) => d.status)).toEqual(['overdue']);
    });

    it('summarises every feed item in one line a person can read', async () => {
      const items = await harness.queries.feed('agency:DEA', { limit: 1000 });
      expect(items.map((i) => i.summary)).toEqual(
        expect.arrayContaining([
          'DEA designated DOJ co-lead of the AZ task force, succeeding ATF',
          expect.stringMatching(
            /^Directive 'Surge on I-35' amended to revision 2: Extend to the DEA\.; ack now by 2026-11-2\d \d\d:\d\d UTC; now also to DEA$/,
          ),
          'DEA pledged 6 agents of personnel support to the TX task force (funds available)',
          "DEA declined tasking 'Map the I-35 corridor couriers': No agents free this month.",
        ]),
      );
      expect(items.every((i) => !i.summary.includes('\n'))).toBe(true);
    });

    it('stays equal to the fold as the story goes on', async () => {
      for (let round = 1; round <= 3; round++) await writeMore(writer, round);
      await harness.untilCaughtUp(writer.lastPosition);
      await expectReadModelsToEqualFold(harness.queries, await foldStore(harness.store));
    });
  });

  describe('PGlite read models (embedded) fed through the relay and the in-process fan-out', () => {
    let harness: ProjectionHarness;
    let projector: RunningProjector;
    let relay: EventRelay;
    let fanOut: InProcessFanOut;

    beforeAll(async () => {
      harness = await ProjectionHarness.open('rm_fold_embedded', 'pglite');
      fanOut = new InProcessFanOut({ logger: quiet });
      await fanOut.ensureTopics([EVENTS_TOPIC]);
      projector = await startProjector({ db: harness.readModels, source: { kind: 'fan-out', fanOut } });
      const checkpoints = await PostgresCheckpointStore.open(harness.readModels);
      relay = new EventRelay({
        store: harness.store,
        fanOut,
        checkpoints,
        lease: new UncontestedLease(),
        logger: quiet,
      });
      relay.start();
      const writer = new ScenarioWriter(harness.store);
      await writeScenario(writer);
      await harness.untilCaughtUp(writer.lastPosition);
    }, 60_000);

    afterAll(async () => {
      await relay?.stop();
      await projector?.stop();
      await fanOut?.close();
      await harness?.close();
    });

    it('gives the same read models as the fold, through the same runner and projections', async () => {
      await expectReadModelsToEqualFold(harness.queries, await foldStore(harness.store));
    });

    it('stores the offsets it applied in the read models, per partition', async () => {
      for (const runner of projector.runners) {
        expect(await runner.storedOffset({ topic: EVENTS_TOPIC, partition: 0 })).toEqual(expect.any(BigInt));
      }
    });
  });
});
