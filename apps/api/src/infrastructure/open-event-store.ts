import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EsdbEventStore, EventStore, openPgEventStore, openPgliteEventStore } from '@hstf/event-store';
import { AppConfig } from '../config/app-config';

/** The one place the configured profile picks its event store adapter; everything else sees the port. */
export async function openEventStore(config: AppConfig): Promise<EventStore> {
  switch (config.HSTF_EVENT_STORE) {
    case 'pglite': {
      const dir = join(config.HSTF_DATA_DIR, 'event-store');
      await mkdir(dir, { recursive: true });
      return openPgliteEventStore(dir);
    }
    case 'postgres':
      return openPgEventStore({ pool: { connectionString: config.DATABASE_URL, max: 20 } });
    case 'esdb':
      return EsdbEventStore.connect(config.ESDB_CONNECTION_STRING as string);
  }
}
