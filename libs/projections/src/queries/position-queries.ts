import type { SqlClient } from '@hstf/event-store';
import { CATALOG_SCHEMA } from '../store/read-model-catalog';
import { identifier, qualified } from '../tables/sql-identifiers';

export interface ProjectionStatus {
  readonly projection: string;
  readonly tableSet: string;
  readonly version: number;
  /** Highest global position applied to the live set; -1 before the first event. */
  readonly position: bigint;
  readonly eventsApplied: number;
  readonly updatedAt: string;
  readonly rebuildingInto: string | null;
}

interface StatusRow {
  projection: string;
  live_set: string;
  definition_version: number;
  global_position: string;
  events_applied: string;
  updated_at: Date | string;
  building_set: string | null;
}

export async function projectionStatuses(sql: SqlClient): Promise<ProjectionStatus[]> {
  const rows = await sql.query<StatusRow>(
    `SELECT v.projection, v.live_set, v.definition_version, c.global_position::text AS global_position,
            c.events_applied::text AS events_applied, c.updated_at, v.building_set
       FROM ${CATALOG_SCHEMA}.projection_versions v
       JOIN ${CATALOG_SCHEMA}.projection_checkpoints c ON c.table_set = v.live_set
      ORDER BY v.projection`,
  );
  return rows.map((r) => ({
    projection: r.projection,
    tableSet: r.live_set,
    version: Number(r.definition_version),
    position: BigInt(r.global_position),
    eventsApplied: Number(r.events_applied),
    updatedAt: new Date(r.updated_at).toISOString(),
    rebuildingInto: r.building_set,
  }));
}

/** The live set's checkpoint; -1 when the projection has applied nothing or does not exist. */
export async function projectionPosition(sql: SqlClient, projection: string): Promise<bigint> {
  const [row] = await sql.query<{ global_position: string }>(
    `SELECT c.global_position::text AS global_position
       FROM ${CATALOG_SCHEMA}.projection_versions v
       JOIN ${CATALOG_SCHEMA}.projection_checkpoints c ON c.table_set = v.live_set
      WHERE v.projection = $1`,
    [projection],
  );
  return row ? BigInt(row.global_position) : -1n;
}

// undefined_table, invalid_schema_name
const DROPPED = new Set(['42P01', '3F000']);

/**
 * The last position of a stream applied to the live set: exact whatever order Kafka partitions deliver
 * in, so it is what read-your-writes waits on. A switch can drop the set between the two reads; the
 * second attempt then finds the new one.
 */
export async function appliedStreamPosition(
  sql: SqlClient,
  projection: string,
  streamId: string,
): Promise<bigint | undefined> {
  for (let attempt = 1; ; attempt++) {
    const [version] = await sql.query<{ live_set: string }>(
      `SELECT live_set FROM ${CATALOG_SCHEMA}.projection_versions WHERE projection = $1`,
      [projection],
    );
    if (!version) return undefined;
    try {
      const [row] = await sql.query<{ position: string }>(
        `SELECT position::text AS position FROM ${qualified(identifier(version.live_set), 'stream_positions')}
          WHERE stream_id = $1`,
        [streamId],
      );
      return row ? BigInt(row.position) : undefined;
    } catch (error) {
      if (attempt > 1 || !DROPPED.has((error as { code?: string }).code ?? '')) throw error;
    }
  }
}
