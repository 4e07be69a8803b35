import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  EsdbEventStore,
  EventStore,
  PgDriver,
  PgliteDriver,
  PostgresDriver,
  PostgresEventStore,
} from '@hstf/event-store';
import { AppConfig } from '../config/app-config';

export interface Databases {
  readonly store: EventStore;
  /**
   * The SQL database beside the store, for what is not an event (idempotency keys, checkpoints, read
   * models). On PGlite and PostgreSQL it is the store's own database and connection, so the embedded
   * profile opens its one PGlite directory once; with EventStoreDB it is the PostgreSQL of DATABASE_URL.
   */
  readonly sql: PostgresDriver;
  close(): Promise<void>;
}

/** The one place the configured profile picks its adapters; everything else sees the ports. */
export async function openDatabases(config: AppConfig): Promise<Databases> {
  switch (config.HSTF_EVENT_STORE) {
    case 'pglite': {
      const dir = join(config.HSTF_DATA_DIR, 'event-store');
      await mkdir(dir, { recursive: true });
      // Appends in this process wake its subscriptions at once, so the poll is only a safety net; at the
      // default 50 ms the relay's and the deadline manager's polls kept PGlite (on the event loop) busy.
      return sharing(await PgliteDriver.open(dir, { pollIntervalMs: 1000 }));
    }
    case 'postgres':
      return sharing(new PgDriver({ pool: { connectionString: config.DATABASE_URL, max: 20 } }));
    case 'esdb': {
      const store = EsdbEventStore.connect(config.ESDB_CONNECTION_STRING as string);
      const sql = new PgDriver({ pool: { connectionString: config.DATABASE_URL, max: 10 } });
      return { store, sql, close: async () => void (await Promise.all([store.close(), sql.close()])) };
    }
  }
}

async function sharing(driver: PostgresDriver): Promise<Databases> {
  const store = await PostgresEventStore.open(driver);
  // Closing the store closes its driver, which is also `sql`.
  return { store, sql: driver, close: () => store.close() };
}
