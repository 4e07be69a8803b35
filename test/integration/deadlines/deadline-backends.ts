import { EventStore, PgDriver, PgliteDriver, PostgresDriver, PostgresEventStore } from '@hstf/event-store';
import { createTestDatabase } from '../../helpers/postgres';

/** What one process manager instance runs on: the store and the SQL database beside it. */
export interface Backend {
  readonly store: EventStore;
  readonly sql: PostgresDriver;
}

export interface Backends {
  /** Opens what one more instance (an API replica) would open. */
  open(): Promise<Backend>;
  close(): Promise<void>;
}

export type BackendKind = 'pglite' | 'postgres';

/**
 * On PostgreSQL every instance opens its own pool on one fresh database, as API replicas in separate
 * processes do. PGlite is one embedded database per process: instances share it, as they would in one.
 */
export async function openBackends(kind: BackendKind): Promise<Backends> {
  if (kind === 'pglite') {
    const driver = await PgliteDriver.open(undefined, { pollIntervalMs: 10 });
    const store = await PostgresEventStore.open(driver);
    return { open: async () => ({ store, sql: driver }), close: () => store.close() };
  }
  const database = await createTestDatabase('deadlines');
  const opened: EventStore[] = [];
  return {
    async open() {
      const sql = new PgDriver({ pool: { connectionString: database.connectionString, max: 5 } });
      const store = await PostgresEventStore.open(sql);
      opened.push(store);
      return { store, sql };
    },
    async close() {
      await Promise.all(opened.map((store) => store.close()));
      await database.drop();
    },
  };
}
