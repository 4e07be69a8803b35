import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EventStore, openDatabases, PostgresDriver, storeSettings, StoreSettings } from '@hstf/event-store';
import { readSettings } from '@hstf/contracts';

export interface ProjectionDatabases {
  readonly config: StoreSettings;
  readonly store: EventStore;
  /** Where the read models live: beside the store, as the API and the projector keep them. */
  readonly readModels: PostgresDriver;
  close(): Promise<void>;
}

/**
 * The store and the read models with the API's own configuration (HSTF_EVENT_STORE, HSTF_DATA_DIR,
 * DATABASE_URL). The embedded profile's PGlite directory belongs to one process at a time, so it is
 * refused while the API has it open: rebuild on PostgreSQL runs beside the live system, on PGlite
 * with the API stopped.
 */
export async function openProjectionDatabases(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProjectionDatabases> {
  const config = readSettings(storeSettings, env);
  if (config.HSTF_EVENT_STORE === 'pglite') {
    const lock = join(config.HSTF_DATA_DIR, 'event-store', 'postmaster.pid');
    if (existsSync(lock)) {
      throw new Error(
        `the embedded database in ${config.HSTF_DATA_DIR} is open in another process (the API?): stop it first, ` +
          `or run the distributed profile (HSTF_EVENT_STORE=postgres). If no process has it open, remove ${lock}.`,
      );
    }
  }
  const databases = await openDatabases(config);
  return { config, store: databases.store, readModels: databases.sql, close: () => databases.close() };
}
