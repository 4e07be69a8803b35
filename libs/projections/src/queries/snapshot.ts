import type { PostgresDriver, SqlClient } from '@hstf/event-store';

const canTransact = (sql: SqlClient): sql is PostgresDriver =>
  typeof (sql as PostgresDriver).transaction === 'function';

/**
 * Runs a read of several statements on one snapshot, so that a board never mixes rows from before and
 * after a batch the projector committed between two of its statements. A plain client reads as it can.
 */
export function inSnapshot<T>(sql: SqlClient, read: (client: SqlClient) => Promise<T>): Promise<T> {
  if (!canTransact(sql)) return read(sql);
  return sql.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return read(tx);
  });
}
