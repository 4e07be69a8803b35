import { Client } from 'pg';
import { openPgEventStore } from '@hstf/event-store';
import { createTestDatabase, TestDatabase } from '../helpers/postgres';
import { newEvent, uniqueTag } from './conformance-context';

/** What the PostgreSQL adapter keeps beyond the port: migrations and the scope columns for routing. */
describe('PostgreSQL: schema', () => {
  let database: TestDatabase;
  let sql: Client;

  beforeAll(async () => {
    database = await createTestDatabase('schema');
    sql = new Client({ connectionString: database.connectionString });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await database?.drop();
  });

  it('applies each migration once, even when processes open the database together', async () => {
    const connection = { pool: { connectionString: database.connectionString } };
    const stores = await Promise.all([1, 2, 3].map(() => openPgEventStore(connection)));
    await Promise.all(stores.map((store) => store.close()));
    const reopened = await openPgEventStore(connection);
    await reopened.close();
    const { rows } = await sql.query('SELECT version, name FROM es_migrations ORDER BY version');
    expect(rows).toEqual([
      { version: 1, name: 'event tables' },
      { version: 2, name: 'append function' },
    ]);
  });

  it('copies metadata.scope into GIN-indexed columns, and leaves them empty without one', async () => {
    const store = await openPgEventStore({ pool: { connectionString: database.connectionString } });
    const streamId = `${uniqueTag()}-directive`;
    try {
      await store.append(
        streamId,
        [
          newEvent('DirectiveIssued', {}, { scope: { states: ['TX', 'NM'], agencies: ['CBP', 'HSI'] } }),
          newEvent('DirectiveAmended', {}, { scope: { states: 'TX' } }),
          newEvent('DirectiveRescinded', {}, {}),
        ],
        'no_stream',
      );
    } finally {
      await store.close();
    }
    const { rows } = await sql.query(
      `SELECT scope_states, scope_agencies FROM es_events WHERE stream_id = $1 ORDER BY stream_position`,
      [streamId],
    );
    expect(rows).toEqual([
      { scope_states: ['TX', 'NM'], scope_agencies: ['CBP', 'HSI'] },
      { scope_states: [], scope_agencies: [] },
      { scope_states: [], scope_agencies: [] },
    ]);
    const texas = await sql.query(`SELECT count(*)::int AS n FROM es_events WHERE scope_states @> '{TX}'`);
    expect(texas.rows[0].n).toBe(1);
    const indexes = await sql.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'es_events' AND indexdef LIKE '%USING gin%' ORDER BY 1`,
    );
    expect(indexes.rows.map((row) => row.indexname)).toEqual([
      'es_events_scope_agencies_idx',
      'es_events_scope_states_idx',
    ]);
  });
});
