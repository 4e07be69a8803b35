import type { SqlClient } from '@hstf/event-store';
import { Projection } from '../definition/projection';
import { identifier, qualified } from '../tables/sql-identifiers';
import { CATALOG_SCHEMA } from './read-model-catalog';

/** `state_board_v3`: the third table set ever built for state_board. */
export const tableSetName = (projection: Projection, generation: number): string =>
  identifier(`${projection.name}_v${generation}`);

/** Per stream, the last position applied: the runner's duplicate and gap check. */
const streamPositionsDdl = (set: string): string =>
  `CREATE TABLE ${qualified(set, 'stream_positions')} (
     stream_id text PRIMARY KEY,
     position bigint NOT NULL,
     event_id text NOT NULL
   )`;

/** A fresh, empty table set with its own checkpoint; whatever a failed earlier attempt left is dropped. */
export async function createTableSet(tx: SqlClient, projection: Projection, set: string): Promise<void> {
  await tx.query(`DROP SCHEMA IF EXISTS ${identifier(set)} CASCADE`);
  await tx.query(`CREATE SCHEMA ${identifier(set)}`);
  for (const table of projection.tables) {
    for (const statement of table.ddl(qualified(set, table.name))) await tx.query(statement);
  }
  await tx.query(streamPositionsDdl(set));
  await tx.query(`DELETE FROM ${CATALOG_SCHEMA}.projection_offsets WHERE table_set = $1`, [set]);
  await tx.query(`DELETE FROM ${CATALOG_SCHEMA}.projection_dead_letters WHERE table_set = $1`, [set]);
  await tx.query(
    `INSERT INTO ${CATALOG_SCHEMA}.projection_checkpoints (table_set, projection) VALUES ($1, $2)
     ON CONFLICT (table_set) DO UPDATE SET global_position = -1, events_applied = 0, updated_at = now()`,
    [set, projection.name],
  );
}

/**
 * Points the projection's views (`state_board.taskings` ...) at a table set. In the caller's transaction,
 * so queries see the old set or the new one, never a mix; a query waiting on the swap reads the new one.
 */
export async function pointViewsAt(tx: SqlClient, projection: Projection, set: string): Promise<void> {
  const views = identifier(projection.name);
  await tx.query(`CREATE SCHEMA IF NOT EXISTS ${views}`);
  for (const table of projection.tables) {
    await tx.query(`DROP VIEW IF EXISTS ${qualified(views, table.name)}`);
    await tx.query(
      `CREATE VIEW ${qualified(views, table.name)} AS SELECT * FROM ${qualified(set, table.name)}`,
    );
  }
}

export async function dropTableSet(sql: SqlClient, set: string): Promise<void> {
  await sql.query(`DROP SCHEMA IF EXISTS ${identifier(set)} CASCADE`);
  await sql.query(`DELETE FROM ${CATALOG_SCHEMA}.projection_offsets WHERE table_set = $1`, [set]);
  await sql.query(`DELETE FROM ${CATALOG_SCHEMA}.projection_dead_letters WHERE table_set = $1`, [set]);
  await sql.query(`DELETE FROM ${CATALOG_SCHEMA}.projection_checkpoints WHERE table_set = $1`, [set]);
}
