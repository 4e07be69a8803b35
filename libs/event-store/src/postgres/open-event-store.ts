import { PostgresDriver } from './driver';
import { PgDriver, PgDriverOptions } from './pg-driver';
import { PgliteDriver, PgliteDriverOptions } from './pglite-driver';
import { PostgresEventStore, PostgresEventStoreOptions } from './postgres-event-store';

/** The event store on a PostgreSQL server (distributed profile). */
export function openPgEventStore(
  options: PgDriverOptions & PostgresEventStoreOptions = {},
): Promise<PostgresEventStore> {
  return openOn(new PgDriver(options), options);
}

/** The event store embedded in this process, persisted in `dataDir` (in memory without one). */
export async function openPgliteEventStore(
  dataDir?: string,
  options: PgliteDriverOptions & PostgresEventStoreOptions = {},
): Promise<PostgresEventStore> {
  return openOn(await PgliteDriver.open(dataDir, options), options);
}

async function openOn(
  driver: PostgresDriver,
  options: PostgresEventStoreOptions,
): Promise<PostgresEventStore> {
  try {
    return await PostgresEventStore.open(driver, options);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
}
