import { appendEvents, EventStore, openPgEventStore } from '@hstf/event-store';
import { newEvent, uniqueTag } from '../conformance/conformance-context';
import { createTestDatabase, TestDatabase } from '../helpers/postgres';
import { HeldTransaction } from './held-transaction';

/** What the gap guard costs and what it does not (libs/event-store/src/postgres/visible-horizon.ts). */
describe('PostgreSQL: the visible horizon', () => {
  let database: TestDatabase;
  let neighbour: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    [database, neighbour] = await Promise.all([
      createTestDatabase('horizon'),
      createTestDatabase('neighbour'),
    ]);
    store = await openPgEventStore({ pool: { connectionString: database.connectionString } });
  });

  afterAll(async () => {
    await store?.close();
    await Promise.all([database?.drop(), neighbour?.drop()]);
  });

  const streamIdsAfter = async (tag: string) =>
    (await store.readAll({ filter: { streamPrefixes: [tag] } })).map((event) => event.streamId);

  it('is not held back by a transaction open in another database', async () => {
    const tag = uniqueTag();
    const elsewhere = await HeldTransaction.begin(neighbour.connectionString);
    await elsewhere.takeTransactionId();
    await store.append(`${tag}-directive-1`, [newEvent('DirectiveIssued')], 'no_stream');
    expect(await streamIdsAfter(tag)).toEqual([`${tag}-directive-1`]);
    await elsewhere.rollback();
  });

  it('is held back by an older writing transaction of this database until it ends', async () => {
    const tag = uniqueTag();
    const older = await HeldTransaction.begin(database.connectionString);
    await older.takeTransactionId();
    await store.append(`${tag}-directive-1`, [newEvent('DirectiveIssued')], 'no_stream');
    expect(await streamIdsAfter(tag)).toEqual([]);
    expect(await store.readStream(`${tag}-directive-1`)).toHaveLength(1);
    await older.rollback();
    expect(await streamIdsAfter(tag)).toEqual([`${tag}-directive-1`]);
  });

  it('refuses an append overtaken on its stream by a younger transaction, for a retry', async () => {
    const streamId = `${uniqueTag()}-tasking-1`;
    const older = await HeldTransaction.begin(database.connectionString);
    await older.takeTransactionId();
    await store.append(streamId, [newEvent('TaskingAssigned')], 'no_stream');
    await expect(
      appendEvents(older.sql, streamId, [newEvent('TaskingAccepted')], 'any', null),
    ).rejects.toMatchObject({
      code: '40001',
    });
    await older.rollback();
    expect(await store.append(streamId, [newEvent('TaskingAccepted')], 'any')).toMatchObject({
      nextExpectedRevision: 1n,
    });
  });

  it('keeps new positions above restored ones when transaction ids restart lower', async () => {
    const streamId = `${uniqueTag()}-restored`;
    const restored = (1n << 50n).toString();
    const admin = await HeldTransaction.begin(database.connectionString);
    await admin.sql.query(`INSERT INTO es_streams (stream_id, revision, last_position) VALUES ($1, 0, $2)`, [
      streamId,
      restored,
    ]);
    await admin.sql.query(
      `INSERT INTO es_events (global_position, transaction_id, stream_id, stream_position, event_id, event_type,
                              data, metadata, scope_states, scope_agencies)
       VALUES ($2, '1', $1, 0, gen_random_uuid(), 'Restored', '{}', '{}', '{}', '{}')`,
      [streamId, restored],
    );
    await admin.commit();
    const reopened = await openPgEventStore({ pool: { connectionString: database.connectionString } });
    try {
      const result = await reopened.append(streamId, [newEvent('AfterRestore')], 0n);
      expect(result.position).toBeGreaterThan(BigInt(restored));
      const types = (await reopened.readAll({ after: BigInt(restored) - 1n })).map((event) => event.type);
      expect(types).toEqual(['Restored', 'AfterRestore']);
    } finally {
      await reopened.close();
    }
  });
});
