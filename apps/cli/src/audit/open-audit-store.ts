import { EventStore, openDatabases, storeSettings, StoreSettings } from '@hstf/event-store';
import { AuditConfig, liveOwnerOf, loadAuditConfig, storeOwnerFile } from '@hstf/audit';
import { readSettings } from '@hstf/contracts';

export interface AuditStore {
  readonly config: StoreSettings;
  readonly audit: AuditConfig;
  readonly store: EventStore;
  close(): Promise<void>;
}

/**
 * The store the API uses, opened directly with the API's own configuration (HSTF_EVENT_STORE,
 * HSTF_DATA_DIR, DATABASE_URL). PGlite is one process's database: two processes writing one directory
 * each see only their own writes and corrupt it, so the embedded store is refused while the API that
 * opened it is alive (see store-owner.ts).
 */
export async function openAuditStore(env: NodeJS.ProcessEnv = process.env): Promise<AuditStore> {
  const config = readSettings(storeSettings, env);
  const audit = loadAuditConfig(config.HSTF_DATA_DIR, env);
  const owner = config.HSTF_EVENT_STORE === 'pglite' ? await liveOwnerOf(config.HSTF_DATA_DIR) : undefined;
  if (owner !== undefined) {
    throw new Error(
      `the embedded store in ${config.HSTF_DATA_DIR} is open in process ${owner} (the API): stop it first, ` +
        `or run on PostgreSQL (HSTF_EVENT_STORE=postgres). If that process is not the API, remove ` +
        `${storeOwnerFile(config.HSTF_DATA_DIR)}.`,
    );
  }
  const databases = await openDatabases(config);
  return { config, audit, store: databases.store, close: () => databases.close() };
}
