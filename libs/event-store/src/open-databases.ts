import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { EsdbEventStore } from './esdb';
import { EventStore } from './port';
import { PgDriver, PgliteDriver, PostgresDriver, PostgresEventStore } from './postgres';

/**
 * The settings that choose and reach the store, shared by every process that opens it (the API, the
 * relay, the projector, the CLI): each app's own settings extend these fields.
 */
export const STORE_SETTING_FIELDS = {
  HSTF_DATA_DIR: z.string().min(1).default('./data'),
  HSTF_EVENT_STORE: z.enum(['pglite', 'postgres', 'esdb']).default('pglite'),
  DATABASE_URL: z.string().url().optional(),
  ESDB_CONNECTION_STRING: z.string().startsWith('esdb').optional(),
};

type StoreFields = z.infer<z.ZodObject<typeof STORE_SETTING_FIELDS>>;

/** What the store settings need of each other, for a `superRefine` of any schema that holds them. */
export function refineStoreSettings(env: StoreFields, ctx: z.RefinementCtx): void {
  // Beside EventStoreDB, PostgreSQL keeps what is not an event: idempotency keys, checkpoints, read models.
  if (env.HSTF_EVENT_STORE !== 'pglite' && !env.DATABASE_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['DATABASE_URL'],
      message: `is required when HSTF_EVENT_STORE=${env.HSTF_EVENT_STORE}`,
    });
  }
  if (env.HSTF_EVENT_STORE === 'esdb' && !env.ESDB_CONNECTION_STRING) {
    ctx.addIssue({
      code: 'custom',
      path: ['ESDB_CONNECTION_STRING'],
      message: 'is required when HSTF_EVENT_STORE=esdb',
    });
  }
}

export const storeSettings = z.object(STORE_SETTING_FIELDS).superRefine(refineStoreSettings);

export type StoreSettings = z.infer<typeof storeSettings>;

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
export async function openDatabases(config: StoreSettings): Promise<Databases> {
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
