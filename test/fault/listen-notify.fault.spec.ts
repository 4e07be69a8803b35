import { Client } from 'pg';
import { EventStore, NotifyMode, openPgEventStore } from '@hstf/event-store';
import { newEvent, uniqueTag } from '../conformance/conformance-context';
import { SubscriptionReader } from '../conformance/subscription-reader';
import { createTestDatabase, TestDatabase } from '../helpers/postgres';

// Far longer than any wait below: an event that arrives in time was announced by NOTIFY, not polled for.
const noPolling = 600_000;

/** Live subscriptions hear appends made by other processes (here: other pools) through LISTEN/NOTIFY. */
describe('PostgreSQL: live subscriptions woken by NOTIFY', () => {
  let database: TestDatabase;
  let listening: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase('listen_notify');
    listening = await openPgEventStore({
      pool: { connectionString: database.connectionString },
      pollIntervalMs: noPolling,
    });
  });

  afterAll(async () => {
    await listening?.close();
    await database?.drop();
  });

  async function appendElsewhere(notify: NotifyMode, streamId: string): Promise<void> {
    const writer = await openPgEventStore({ pool: { connectionString: database.connectionString }, notify });
    try {
      await writer.append(streamId, [newEvent('DirectiveIssued')], 'any');
    } finally {
      await writer.close();
    }
  }

  it.each([['after-commit' as const], ['in-transaction' as const]])(
    'deliver an append announced %s',
    async (notify) => {
      const tag = uniqueTag();
      const reader = new SubscriptionReader(
        listening.subscribe({ from: 'end', filter: { streamPrefixes: [tag] } }),
      );
      expect(await reader.nothingWithin(300)).toBe(true);
      await appendElsewhere(notify, `${tag}-directive-1`);
      expect(await reader.take(1, 3000)).toHaveLength(1);
      await reader.subscription.close();
    },
  );

  it('listen again after the listening connection is killed, and catch up', async () => {
    const tag = uniqueTag();
    const reader = new SubscriptionReader(
      listening.subscribe({ from: 'end', filter: { streamPrefixes: [tag] } }),
    );
    expect(await reader.nothingWithin(300)).toBe(true);
    const admin = new Client({ connectionString: database.connectionString });
    await admin.connect();
    const killed = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
    );
    await admin.end();
    expect(killed.rowCount).toBe(1);
    // Appended while nobody listens: the reconnected listener wakes subscribers once to catch up.
    await appendElsewhere('after-commit', `${tag}-directive-1`);
    expect(await reader.take(1, 5000)).toHaveLength(1);
    await appendElsewhere('after-commit', `${tag}-directive-2`);
    expect(await reader.take(1, 3000)).toHaveLength(1);
    await reader.subscription.close();
  }, 20_000);
});
