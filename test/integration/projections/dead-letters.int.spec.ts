import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgDriver, PgliteDriver, PostgresDriver } from '@hstf/event-store';
import {
  ProjectedEvent,
  Projection,
  ProjectionMetrics,
  ProjectionRunner,
  ReadModelQueries,
  stateBoardProjection,
} from '@hstf/projections';
import { Registry } from 'prom-client';
import { projected } from '../../../libs/projections/src/testing/projected-events.fixtures';
import {
  acknowledgedBy,
  DIRECTIVE_ID,
  established,
  issued,
} from '../../../libs/projections/src/testing/domain-events.fixtures';
import { projectionsRetryCommand } from '../../../apps/cli/src/commands/projections-retry.command';
import { readModelHealth } from '../../../apps/api/src/system/read-model-health';
import { createTestDatabase, TestDatabase } from '../../helpers/postgres';

const POISON_ID = '9d1c2b3a-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
// PostgreSQL has no year 0 (ISO 8601 has): the directive's deadline cannot be stored as a timestamptz.
const YEAR_ZERO = '0000-01-02T00:00:00.000Z';

/** A directive the domain accepted but the state board cannot store, between good events of one batch. */
function batchWithPoison(): { events: ProjectedEvent[]; poison: ProjectedEvent } {
  const scope = { states: ['TX'], agencies: ['FBI', 'CBP'] };
  const taskForce = projected(established, 'taskforce-TX', 0, scope);
  const poison = projected(
    {
      type: 'DirectiveIssued',
      data: {
        ...issued.data,
        directiveId: POISON_ID,
        effectiveAt: '0000-01-01T00:00:00.000Z',
        acknowledgeBy: YEAR_ZERO,
        expiresAt: undefined,
      },
    },
    `directive-${POISON_ID}`,
    0,
    scope,
  );
  const good = projected(issued, `directive-${DIRECTIVE_ID}`, 0, scope);
  const acknowledged = projected(acknowledgedBy('FBI'), `directive-${DIRECTIVE_ID}`, 1, scope);
  return { events: [taskForce, poison, good, acknowledged], poison };
}

/** The fix a developer would ship: an instant before year 1 is read as year 1. */
const fixedStateBoard: Projection = {
  ...stateBoardProjection,
  apply: (event, writer) => {
    const data = Object.fromEntries(
      Object.entries(event.data as Record<string, unknown>).map(([key, value]) => [
        key,
        typeof value === 'string' && value.startsWith('0000-') ? `0001-${value.slice(5)}` : value,
      ]),
    );
    return stateBoardProjection.apply({ ...event, data }, writer);
  },
};

interface ReadModelsUnderTest {
  /** The environment the CLI reads its databases from (the API's own configuration). */
  readonly env: Record<string, string>;
  open(): Promise<PostgresDriver>;
  drop(): Promise<void>;
}

async function onPostgres(): Promise<ReadModelsUnderTest> {
  const database: TestDatabase = await createTestDatabase('rm_dead_letters');
  return {
    env: { HSTF_EVENT_STORE: 'postgres', DATABASE_URL: database.connectionString },
    open: async () => new PgDriver({ pool: { connectionString: database.connectionString, max: 4 } }),
    drop: () => database.drop(),
  };
}

// The embedded profile's database: a PGlite directory, which one process (here: one driver) has at a time.
async function onPglite(): Promise<ReadModelsUnderTest> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hstf-dead-letters-'));
  return {
    env: { HSTF_EVENT_STORE: 'pglite', HSTF_DATA_DIR: dataDir },
    open: () => PgliteDriver.open(join(dataDir, 'event-store')),
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

describe.each([
  ['PostgreSQL', onPostgres],
  ['PGlite', onPglite],
])('dead letters on %s', (_name, under) => {
  let readModels: ReadModelsUnderTest;
  let db: PostgresDriver;
  let registry: Registry;
  let runner: ProjectionRunner;
  const { events, poison } = batchWithPoison();
  const last = events[events.length - 1];
  const saved = { ...process.env };

  beforeAll(async () => {
    readModels = await under();
    db = await readModels.open();
    registry = new Registry();
    // The driver is closed and opened again around each CLI run: the gauge reads through whichever is open.
    const current = { query: <Row>(sql: string, params?: readonly unknown[]) => db.query<Row>(sql, params) };
    const metrics = new ProjectionMetrics(registry, current, ['state_board']);
    runner = new ProjectionRunner(db, stateBoardProjection, undefined, metrics);
    await runner.prepare();
  }, 60_000);

  afterAll(async () => {
    process.env = saved;
    await db?.close().catch(() => undefined);
    await readModels?.drop();
  });

  const metric = async (name: string) =>
    (await registry.getSingleMetric(name)?.get())?.values.find((v) => v.labels.projection === 'state_board')
      ?.value;

  async function retry(projection: Projection): Promise<string> {
    // The CLI opens the databases itself; PGlite's directory must be free of our driver meanwhile.
    await db.close();
    Object.assign(process.env, readModels.env);
    const out: string[] = [];
    const write = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk) => out.push(String(chunk)) > 0);
    try {
      const command = projectionsRetryCommand(() => projection).exitOverride();
      await command.parseAsync(['state_board'], { from: 'user' });
    } finally {
      write.mockRestore();
      process.env = { ...saved };
      db = await readModels.open();
    }
    return out.join('');
  }

  it('applies the good events of the batch, dead-letters the bad one and moves the checkpoint past it', async () => {
    const outcome = await runner.applyBatch(events, { ordered: true });
    expect(outcome).toMatchObject({ applied: 3, duplicates: 0, checkpoint: last.globalPosition });
    expect(outcome.deadLetters.map((l) => l.event.id)).toEqual([poison.id]);

    const directives = await db.query<{ id: string; pending_agencies: string[] }>(
      'SELECT id, pending_agencies FROM state_board.directives',
    );
    expect(directives).toEqual([{ id: DIRECTIVE_ID, pending_agencies: ['CBP'] }]);
    expect(await db.query('SELECT id FROM state_board.task_forces')).toEqual([{ id: 'TX' }]);
    expect(await runner.checkpoint()).toBe(last.globalPosition);

    const [letter] = await new ReadModelQueries(db).deadLetters();
    expect(letter).toMatchObject({
      projection: 'state_board',
      eventId: poison.id,
      position: poison.globalPosition,
      streamId: poison.streamId,
      type: 'DirectiveIssued',
      attempts: 1,
    });
    expect(letter.error).toMatch(/date\/time field value out of range.*\(SQLSTATE 22008\)/);
  });

  it('does not dead-letter the event again when the batch is delivered again', async () => {
    const outcome = await runner.applyBatch(events, { ordered: false });
    expect(outcome).toMatchObject({ applied: 0, duplicates: 4, deadLetters: [] });
    expect(await new ReadModelQueries(db).deadLetters()).toHaveLength(1);
  });

  it('makes /health name the dead letter, and the metrics count it', async () => {
    const health = await readModelHealth(new ReadModelQueries(db));
    expect(health.deadLetters).toEqual([
      expect.objectContaining({
        projection: 'state_board',
        eventId: poison.id,
        position: String(poison.globalPosition),
        type: 'DirectiveIssued',
        error: expect.stringContaining('out of range'),
      }),
    ]);
    expect(health.projections.state_board).toMatchObject({
      position: String(last.globalPosition),
      deadLetters: 1,
    });
    expect(await metric('hstf_projection_dead_letters_total')).toBe(1);
    expect(await metric('hstf_projection_dead_letters_unresolved')).toBe(1);
  });

  it('keeps a dead letter that still fails on retry, with its new error', async () => {
    const output = await retry(stateBoardProjection);
    expect(output).toContain('state_board: 0 of 1 dead letters applied, 1 kept');
    expect(output).toContain(`still fails  ${poison.globalPosition} DirectiveIssued ${poison.id}`);
    const [letter] = await new ReadModelQueries(db).deadLetters();
    expect(letter).toMatchObject({ eventId: poison.id, attempts: 2 });
  });

  it('applies it on retry after a fix, onto the current read model, and clears it', async () => {
    const output = await retry(fixedStateBoard);
    expect(output).toContain('state_board: 1 of 1 dead letters applied, 0 kept');
    expect(output).toContain(`applied      ${poison.globalPosition} DirectiveIssued ${poison.id}`);
    const rows = await db.query<{ id: string; acknowledge_by: Date | string }>(
      'SELECT id, acknowledge_by FROM state_board.directives ORDER BY id',
    );
    expect(rows.map((r) => r.id)).toEqual([DIRECTIVE_ID, POISON_ID].sort());
    expect(await new ReadModelQueries(db).deadLetters()).toEqual([]);
    expect((await readModelHealth(new ReadModelQueries(db))).deadLetters).toEqual([]);
    expect(await metric('hstf_projection_dead_letters_unresolved')).toBe(0);
    // The checkpoint was past it already; the retry counts it as applied.
    const [status] = await new ReadModelQueries(db).statuses();
    expect(status).toMatchObject({ position: last.globalPosition, eventsApplied: 4 });
  });
});
