import { PostgresDriver, SqlClient } from './driver';
import { migrations } from './migrations';

// Any constant will do, as long as no other code in the same database takes this advisory lock.
const migrationLockKey = '8304117265';

/**
 * Brings the schema to the latest version. Processes opening the same database at once queue on an
 * advisory lock, so each migration runs exactly once.
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
    const done = new Set(applied.map((row) => Number(row.version)));
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await client.query(statement);
      await client.query('INSERT INTO es_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    await keepPositionsAhead(client);
  });
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
