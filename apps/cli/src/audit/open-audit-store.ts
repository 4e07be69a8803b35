import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EventStore } from '@hstf/event-store';
import { AuditConfig, loadAuditConfig } from '../../../api/src/audit/audit-config';
import { AppConfig, loadConfig } from '../../../api/src/config/app-config';
import { openDatabases } from '../../../api/src/infrastructure/open-databases';

export interface AuditStore {
  readonly config: AppConfig;
  readonly audit: AuditConfig;
  readonly store: EventStore;
  close(): Promise<void>;
}

/**
 * The store the API uses, opened directly with the API's own configuration (HSTF_EVENT_STORE,
 * HSTF_DATA_DIR, DATABASE_URL). PGlite is one process's database: two processes writing one directory
 * each see only their own writes and corrupt it, so the embedded store is refused while another process
 * has it open (PGlite keeps postmaster.pid in the directory until it closes).
 */
export async function openAuditStore(env: NodeJS.ProcessEnv = process.env): Promise<AuditStore> {
  const config = loadConfig(env);
  const audit = loadAuditConfig(config.HSTF_DATA_DIR, env);
  if (config.HSTF_EVENT_STORE === 'pglite') {
    const lock = join(config.HSTF_DATA_DIR, 'event-store', 'postmaster.pid');
    if (existsSync(lock)) {
      throw new Error(
        `the embedded store in ${config.HSTF_DATA_DIR} is open in another process (the API?): stop it first, ` +
          `or use HSTF_EVENT_STORE=postgres. If no process has it open, remove ${lock}.`,
      );
    }
  }
  const databases = await openDatabases(config);
  return { config, audit, store: databases.store, close: () => databases.close() };
}
