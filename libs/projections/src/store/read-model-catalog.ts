import { migrateSchema, type PostgresDriver, type Schema, type SqlClient } from '@hstf/event-store';

/** The schema of what the runner keeps about projections, beside their own table sets. */
export const CATALOG_SCHEMA = 'read_models';

const catalogDdl = [
  `CREATE SCHEMA IF NOT EXISTS ${CATALOG_SCHEMA}`,
  // One row per projection: the table set queries read (through the views) and the one being rebuilt.
  // Runners lock this row for each batch, so a switch waits for the batch in hand and the next batch
  // finds the new set.
  `CREATE TABLE IF NOT EXISTS ${CATALOG_SCHEMA}.projection_versions (
     projection text PRIMARY KEY,
     live_set text NOT NULL,
     generation integer NOT NULL,
     definition_version integer NOT NULL,
     building_set text,
     building_since timestamptz,
     switched_at timestamptz NOT NULL DEFAULT now()
   )`,
  // Per table set, not per projection: a rebuilt set has its own until it goes live.
  `CREATE TABLE IF NOT EXISTS ${CATALOG_SCHEMA}.projection_checkpoints (
     table_set text PRIMARY KEY,
     projection text NOT NULL,
     global_position bigint NOT NULL DEFAULT -1,
     events_applied bigint NOT NULL DEFAULT 0,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE IF NOT EXISTS ${CATALOG_SCHEMA}.projection_offsets (
     table_set text NOT NULL,
     topic text NOT NULL,
     partition integer NOT NULL,
     last_offset bigint NOT NULL,
     PRIMARY KEY (table_set, topic, partition)
   )`,
  // Events a projection could not apply, per table set like the checkpoint they were passed with. The event
  // itself is kept (as the runner saw it) so that `hstf projections retry` needs neither Kafka nor the store.
  `CREATE TABLE IF NOT EXISTS ${CATALOG_SCHEMA}.projection_dead_letters (
     table_set text NOT NULL,
     projection text NOT NULL,
     event_id text NOT NULL,
     global_position bigint NOT NULL,
     stream_id text NOT NULL,
     event_type text NOT NULL,
     event jsonb NOT NULL,
     error text NOT NULL,
     attempts integer NOT NULL DEFAULT 1,
     dead_lettered_at timestamptz NOT NULL DEFAULT now(),
     last_failed_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (table_set, event_id)
   )`,
];

// Table sets are made and switched at run time, outside the migrator, under this lock.
const CATALOG_LOCK = 'SELECT pg_advisory_xact_lock(7210315)';

/** The catalog's tables, through the one migrator of the DDL outside the store. */
export const READ_MODEL_CATALOG: Schema = {
  component: 'read-model-catalog',
  migrations: [{ version: 1, name: 'catalog', statements: catalogDdl }],
};

export function ensureCatalog(db: PostgresDriver): Promise<void> {
  return migrateSchema(db, READ_MODEL_CATALOG);
}

/** Serialises creation and switching of table sets across processes, within one transaction. */
export const lockCatalog = (tx: SqlClient): Promise<unknown> => tx.query(CATALOG_LOCK);

export interface ProjectionVersion {
  readonly projection: string;
  readonly liveSet: string;
  readonly generation: number;
  readonly definitionVersion: number;
  readonly buildingSet: string | null;
  readonly buildingSince: Date | null;
}

interface VersionRow {
  projection: string;
  live_set: string;
  generation: number;
  definition_version: number;
  building_set: string | null;
  building_since: Date | string | null;
}

const toVersion = (row: VersionRow): ProjectionVersion => ({
  projection: row.projection,
  liveSet: row.live_set,
  generation: Number(row.generation),
  definitionVersion: Number(row.definition_version),
  buildingSet: row.building_set,
  buildingSince: row.building_since === null ? null : new Date(row.building_since),
});

export async function readVersion(
  sql: SqlClient,
  projection: string,
  lock: 'FOR UPDATE' | '' = '',
): Promise<ProjectionVersion | undefined> {
  const [row] = await sql.query<VersionRow>(
    `SELECT projection, live_set, generation, definition_version, building_set, building_since
       FROM ${CATALOG_SCHEMA}.projection_versions WHERE projection = $1 ${lock}`,
    [projection],
  );
  return row && toVersion(row);
}

export async function readVersions(sql: SqlClient): Promise<ProjectionVersion[]> {
  const rows = await sql.query<VersionRow>(
    `SELECT projection, live_set, generation, definition_version, building_set, building_since
       FROM ${CATALOG_SCHEMA}.projection_versions ORDER BY projection`,
  );
  return rows.map(toVersion);
}
