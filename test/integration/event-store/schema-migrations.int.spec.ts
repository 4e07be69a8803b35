import { migrateSchema, PgDriver, PgliteDriver, PostgresDriver, Schema } from '@hstf/event-store';
import { createTestDatabase } from '../../helpers/postgres';

jest.setTimeout(60_000);

/** A component whose second migration counts how often it ran. */
const schema = (component: string): Schema => ({
  component,
  migrations: [
    { version: 1, name: 'tables', statements: [`CREATE TABLE ${component} (ran integer NOT NULL)`] },
    { version: 2, name: 'seed', statements: [`INSERT INTO ${component} (ran) VALUES (1)`] },
  ],
});

async function runs(driver: PostgresDriver, component: string): Promise<number> {
  const [row] = await driver.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${component}`);
  return Number(row.n);
}

async function recorded(driver: PostgresDriver, component: string): Promise<string[]> {
  const rows = await driver.query<{ name: string }>(
    'SELECT name FROM hstf_schema_migrations WHERE component = $1 ORDER BY version',
    [component],
  );
  return rows.map((row) => row.name);
}

describe('migrateSchema: the one migrator of the DDL outside the store', () => {
  // One PGlite for the file (opening it is the slow part); each test migrates components of its own.
  let driver: PgliteDriver;
  beforeAll(async () => {
    driver = await PgliteDriver.open();
  });
  afterAll(() => driver.close());

  it('applies each migration of a component once, in order, and records it (PGlite)', async () => {
    await migrateSchema(driver, schema('widgets'));
    await migrateSchema(driver, schema('widgets'));
    expect(await runs(driver, 'widgets')).toBe(1);
    expect(await recorded(driver, 'widgets')).toEqual(['tables', 'seed']);
    // Another component keeps its own versions in the same table.
    await migrateSchema(driver, schema('gadgets'));
    expect(await recorded(driver, 'gadgets')).toEqual(['tables', 'seed']);
  });

  it('applies a migration once when replicas migrate at the same moment (PostgreSQL server)', async () => {
    const database = await createTestDatabase('migrate');
    const replicas: PostgresDriver[] = [0, 1, 2, 3].map(
      () => new PgDriver({ pool: { connectionString: database.connectionString, max: 2 } }),
    );
    try {
      await Promise.all(replicas.map((driver) => migrateSchema(driver, schema('widgets'))));
      expect(await runs(replicas[0], 'widgets')).toBe(1);
      expect(await recorded(replicas[0], 'widgets')).toEqual(['tables', 'seed']);
    } finally {
      await Promise.all(replicas.map((driver) => driver.close()));
      await database.drop();
    }
  });

  it('leaves nothing behind when a migration fails: the next start applies it whole', async () => {
    const broken: Schema = {
      component: 'half',
      migrations: [
        {
          version: 1,
          name: 'tables',
          statements: ['CREATE TABLE half (a integer)', 'SELECT * FROM nowhere'],
        },
      ],
    };
    await expect(migrateSchema(driver, broken)).rejects.toThrow(/nowhere/);
    expect(await driver.query(`SELECT 1 FROM pg_tables WHERE tablename = 'half'`)).toEqual([]);
    await migrateSchema(driver, schema('half'));
    expect(await recorded(driver, 'half')).toEqual(['tables', 'seed']);
  });
});
