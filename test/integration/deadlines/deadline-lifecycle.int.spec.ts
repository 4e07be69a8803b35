import { CqrsModule } from '@nestjs/cqrs';
import { Test, TestingModule } from '@nestjs/testing';
import {
  AcknowledgementDeadlines,
  DEADLINE_CLOCK,
  DEADLINE_CONFIG,
  DEADLINE_SCHEDULE,
  DeadlineConfig,
  DeadlinesModule,
} from '@hstf/deadlines';
import {
  EVENT_STORE,
  EventStore,
  LOG_FOLLOWER,
  LogFollower,
  SQL_DATABASE,
  STORE_SETTINGS,
} from '@hstf/event-store';
import { CommandsModule } from '../../../apps/api/src/commands/commands.module';
import { APP_CONFIG, loadConfig } from '../../../apps/api/src/config/app-config';
import { CommandPathOverdueMarker } from '../../../apps/api/src/deadlines/command-path-overdue-marker';
import { ApiMetrics } from '../../../apps/api/src/observability/metrics';
import { LogFollowing } from '../../../apps/api/src/read-side/log-following';
import { Backend, Backends, openBackends } from './deadline-backends';
import { commandPathOn, DirectiveDesk, eventually, marks } from './deadline-harness';
import { ManualClock } from './manual-clock';

jest.setTimeout(60_000);

const after = (iso: string, ms = 1_000): string => new Date(Date.parse(iso) + ms).toISOString();

/** The deadline module wired as the app module wires it, with the test's clock and settings. */
async function apiModule(
  backend: Backend,
  clock: ManualClock,
  config: DeadlineConfig,
): Promise<TestingModule> {
  const settings = loadConfig({});
  // What the app's global InfrastructureModule gives every module.
  const adapters = [
    { provide: EVENT_STORE, useValue: backend.store },
    { provide: SQL_DATABASE, useValue: backend.sql },
    { provide: APP_CONFIG, useValue: settings },
    { provide: STORE_SETTINGS, useValue: settings },
    { provide: LOG_FOLLOWER, useValue: new LogFollower(backend.store) },
    LogFollowing,
    ApiMetrics,
  ];
  const module = await Test.createTestingModule({
    imports: [
      { module: class Adapters {}, global: true, providers: adapters, exports: adapters },
      CqrsModule.forRoot(),
      DeadlinesModule.register({ marker: CommandPathOverdueMarker, imports: [CommandsModule] }),
    ],
  })
    .overrideProvider(DEADLINE_CLOCK)
    .useValue(clock)
    .overrideProvider(DEADLINE_CONFIG)
    .useValue(config)
    .compile();
  return module.init();
}

const tableExists = async (backend: Backend, table: string): Promise<boolean> =>
  (await backend.sql.query(`SELECT 1 FROM pg_tables WHERE tablename = $1`, [table])).length > 0;

const overdueCount = async (store: EventStore): Promise<number> =>
  (
    await store.readAll({
      maxCount: 10_000,
      filter: { eventTypePrefixes: ['DirectiveAcknowledgementOverdue'] },
    })
  ).length;

/** Lets the checks that the fold of every event started finish before the test moves the clock. */
async function settled(backend: Backend, module: TestingModule): Promise<void> {
  await eventually(async () => {
    const [row] = await backend.sql.query<{ position: string }>(
      `SELECT position::text AS position FROM acknowledgement_deadline_checkpoints WHERE schedule = $1`,
      [DEADLINE_SCHEDULE],
    );
    return row !== undefined && BigInt(row.position) === (await backend.store.headPosition());
  });
  await module.get(AcknowledgementDeadlines).checkNow();
}

describe('the deadline process manager in the API', () => {
  const clock = new ManualClock('2026-12-01T08:00:00.000Z');
  let backends: Backends;
  let backend: Backend;
  let desk: DirectiveDesk;
  let module: TestingModule | undefined;

  beforeAll(async () => {
    backends = await openBackends('pglite');
    backend = await backends.open();
    desk = new DirectiveDesk(commandPathOn(backend), clock);
  });

  afterEach(async () => {
    await module?.close();
    module = undefined;
  });

  afterAll(() => backends?.close());

  it('does nothing, not even create its tables, with HSTF_DEADLINES=off', async () => {
    module = await apiModule(backend, clock, { enabled: false, tickMs: 10 });
    await desk.issue({ states: [], agencies: ['FBI'] }, clock.inHours(1));
    clock.set(clock.inHours(2));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await tableExists(backend, 'acknowledgement_deadline_checkpoints')).toBe(false);
    expect(await overdueCount(backend.store)).toBe(0);
  });

  it('starts with the module, marks on its tick with no new event, and stops with the module', async () => {
    module = await apiModule(backend, clock, { enabled: true, tickMs: 20 });
    await eventually(async () => (await overdueCount(backend.store)) === 1);
    const due = clock.inHours(1);
    await desk.issue({ states: [], agencies: ['CBP'] }, due);
    await module.close();
    module = undefined;
    clock.set(after(due));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await overdueCount(backend.store)).toBe(1);
  });

  it('checks on every new event, without waiting for the tick', async () => {
    module = await apiModule(backend, clock, { enabled: true, tickMs: 3_600_000 });
    await eventually(async () => (await overdueCount(backend.store)) === 2);
    const due = clock.inHours(1);
    const waiting = await desk.issue({ states: [], agencies: ['DEA'] }, due);
    await settled(backend, module!);
    clock.set(after(due));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await overdueCount(backend.store)).toBe(2);
    await desk.issue({ states: [], agencies: ['FBI'] }, clock.inHours(1));
    await eventually(async () => (await marks(backend)).some((mark) => mark.startsWith(waiting)));
  });
});
