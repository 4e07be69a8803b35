import type { SqlClient } from '@hstf/event-store';
import { SqlType, sqlValue } from './table-definition';

export interface InsertColumn {
  readonly name: string;
  readonly type: SqlType;
}

// PostgreSQL binds at most 65535 parameters per statement.
const MAX_PARAMETERS = 30_000;

/** Multi-row INSERT in as few statements as the parameter limit allows; `suffix` is the ON CONFLICT clause. */
export async function insertRows(
  sql: SqlClient,
  table: string,
  columns: readonly InsertColumn[],
  rows: readonly (readonly unknown[])[],
  suffix: string,
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column, i) => {
        params.push(sqlValue(column.type, row[i]));
        return `$${params.length}::${column.type}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await sql.query(
      `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`,
      params,
    );
  }
}
