import type { SqlClient } from '@hstf/event-store';
import { Projection } from '@hstf/projections';

/** Every row of every table of a projection, as read through its views, in a stable order. */
export async function snapshotRows(
  sql: SqlClient,
  projection: Projection,
): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of projection.tables) {
    const rows = await sql.query<{ row: string }>(
      `SELECT to_jsonb(t)::text AS row FROM ${projection.name}.${table.name} t ORDER BY 1`,
    );
    tables[table.name] = rows.map((r) => JSON.parse(r.row));
  }
  return tables;
}
