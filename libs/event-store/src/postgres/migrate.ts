import { PostgresDriver, SqlClient } from './driver';
import { Migration, migrations } from './migrations';

// Any constant will do, as long as no other code in the same database takes this advisory lock.
const migrationLockKey = '8304117265';

/**
 * The tables of one component outside the store (the read-model catalog, the deadline schedule, the
 * idempotency keys, the relay's checkpoints), brought up to date by `migrateSchema`.
 */
export interface Schema {
  /** Its name in hstf_schema_migrations, which records each migration applied. */
  readonly component: string;
  /**
   * In version order; an applied migration is never edited, a change is a new one. The first ones keep
   * their IF NOT EXISTS: databases made before the migrator already hold those tables.
   */
  readonly migrations: readonly Migration[];
}

/**
 * Brings the store's schema to the latest version (recorded in its own es_migrations, part of the store).
 * Processes opening the same database at once queue on an advisory lock, so each migration runs once.
 */
export async function migrate(driver: PostgresDriver): Promise<void> {
  await driver.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [migrationLockKey]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS es_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const applied = await client.query<{ version: number }>('SELECT version FROM es_migrations');
    await applyPending(client, migrations, applied, (migration) =>
      client.query('INSERT INTO es_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]),
    );
    await keepPositionsAhead(client);
  });
}

/**
 * The one migrator of the DDL outside the store: applies what `schema` has not applied yet, in one
 * transaction, under the store's migration lock, so that replicas starting together apply each
 * migration once and none of them meets a half-made table.
 */
export async function migrateSchema(driver: PostgresDriver, schema: Schema): Promise<void> {
  await driver.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [migrationLockKey]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS hstf_schema_migrations (
         component text NOT NULL,
         version integer NOT NULL,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (component, version)
       )`,
    );
    const applied = await client.query<{ version: number }>(
      'SELECT version FROM hstf_schema_migrations WHERE component = $1',
      [schema.component],
    );
    await applyPending(client, schema.migrations, applied, (migration) =>
      client.query('INSERT INTO hstf_schema_migrations (component, version, name) VALUES ($1, $2, $3)', [
        schema.component,
        migration.version,
        migration.name,
      ]),
    );
  });
}

async function applyPending(
  client: SqlClient,
  pending: readonly Migration[],
  applied: readonly { version: number }[],
  record: (migration: Migration) => Promise<unknown>,
): Promise<void> {
  const done = new Set(applied.map((row) => Number(row.version)));
  for (const migration of pending) {
    if (done.has(migration.version)) continue;
    for (const statement of migration.statements) await client.query(statement);
    await record(migration);
  }
}

/**
 * Positions derive from transaction ids, which restart low when the database is restored into another
 * cluster (pg_dump/restore). Every future transaction id is at least the snapshot's xmax, so raising the
 * offset until xmax's first position exceeds the stored maximum keeps new events after old ones.
 */
async function keepPositionsAhead(client: SqlClient): Promise<void> {
  await client.query(
    `UPDATE es_position_offset o
        SET value = o.value + (m.position + 1 - es_first_position(pg_snapshot_xmax(pg_current_snapshot())))
       FROM (SELECT max(global_position) AS position FROM es_events) m
      WHERE m.position >= es_first_position(pg_snapshot_xmax(pg_current_snapshot()))`,
  );
}
