/**
 * The sequence-gap problem, and why readers here cannot skip an event that commits late.
 *
 * With positions from a sequence, transaction A may draw position 10, transaction B position 11, and B
 * commit first: a reader that sees 11 and moves its checkpoint past it never sees 10. Filtering on
 * `transaction_id < pg_snapshot_xmin(pg_current_snapshot())` (Emmett, Marten) is not enough by itself
 * while positions come from a sequence: B may have the older transaction id yet the later position, so B
 * passes the filter while A, still running, holds the lower position.
 *
 * So positions are made from transaction ids instead: `(xid << 16) + index in the append`, plus an offset
 * (es_first_position). Position order is then transaction-id order, and the rule becomes exact. A reader
 * takes one snapshot and computes the horizon H = the oldest transaction id still running at that snapshot
 * (pg_snapshot_xmin, or xmax when none runs), and returns only positions below first_position(H). Every
 * transaction of this database with an id below H has ended: committed and visible, or rolled back. Every
 * transaction that commits later has an id of at least H, hence positions above all that was returned:
 * no gap, no duplicate. Within a stream, appends queue on the stream row, and es_append refuses (for a
 * retry) an append whose id is older than the stream's last writer's, so a stream's global order is its
 * revision order.
 *
 * Refinement: the snapshot's running transactions are cluster-wide. A transaction that pg_stat_activity
 * shows in another database cannot write to this table, so it does not hold the horizon back; one that
 * ended before pg_stat_activity is read is not recognised and only delays readers, never misleads them.
 * The price of the guard: a long writing transaction in this database (an append, or any other) delays
 * what readAll and subscriptions return until it ends. readStream needs no guard: appends to one stream
 * are serialised, so its revisions have no gaps.
 *
 * On PGlite nothing is ever concurrent: one connection, one transaction at a time, and queries wait for
 * an open transaction to finish. When a reader runs no append is in flight, H is xmax, and the horizon
 * lies above every committed event: the guard is never binding there, yet reading the snapshot and
 * pg_stat_activity cost 0.8 ms a query, more than the page itself. A serialized driver therefore reads
 * with the horizon just above the last event (`horizonSql(true)`).
 *
 * Use inside one statement only, as a MATERIALIZED CTE: the rows then come from the same snapshot as the
 * horizon, and the horizon is computed once even where the statement uses it twice.
 */
const visibleHorizonSql = `
  SELECT es_first_position(coalesce(
    (SELECT min(running.xid)
       FROM pg_snapshot_xip(pg_current_snapshot()) AS running(xid)
      WHERE xid(running.xid) NOT IN (
        SELECT activity.backend_xid FROM pg_stat_activity activity
         WHERE activity.backend_xid IS NOT NULL
           AND activity.datid <> (SELECT oid FROM pg_database WHERE datname = current_database()))),
    pg_snapshot_xmax(pg_current_snapshot()))) AS position`;

const serializedHorizonSql = `SELECT coalesce((SELECT max(global_position) FROM es_events), -1) + 1 AS position`;

/** The horizon's subquery: guarded on a server, the end of the log where one transaction runs at a time. */
export const horizonSql = (serialized: boolean): string =>
  serialized ? serializedHorizonSql : visibleHorizonSql;
