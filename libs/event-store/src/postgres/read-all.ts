import { AllFilter, RecordedEvent } from '../port';
import { SqlClient } from './driver';
import { EventRow, eventColumns, toRecordedEvent } from './event-row';
import { horizonSql } from './visible-horizon';

export interface AllPage {
  readonly events: RecordedEvent[];
  /** Every event below this position is final; when the page is not full, none below it is left unread. */
  readonly horizon: bigint;
}

type PageRow = Partial<EventRow> & { horizon: string };

// The page is cut at the horizon after LIMIT, not inside the scan: with the horizon unknown when planning,
// PostgreSQL would estimate a handful of rows and sort everything after `after` instead of walking the
// primary key. Positions below the horizon are a prefix of the ordered page, so the cut loses nothing, and
// a page shortened by it still holds every match below the horizon.
const readAllSql = (serialized: boolean) => `
  WITH horizon AS MATERIALIZED (${horizonSql(serialized)}),
  page AS (
    SELECT ${eventColumns}
      FROM es_events e
     WHERE e.global_position > $1::bigint
       AND ($3::text[] IS NULL OR EXISTS (
             SELECT 1 FROM unnest($3::text[]) AS p(prefix) WHERE starts_with(e.event_type, p.prefix)))
       AND ($4::text[] IS NULL OR EXISTS (
             SELECT 1 FROM unnest($4::text[]) AS p(prefix) WHERE starts_with(e.stream_id, p.prefix)))
     ORDER BY e.global_position
     LIMIT $2::bigint
  )
  SELECT h.position::text AS horizon, page.*
    FROM horizon h
    LEFT JOIN page ON page.global_position::bigint < h.position
   ORDER BY page.global_position::bigint`;

const readAllSqls = { guarded: readAllSql(false), serialized: readAllSql(true) };

/**
 * Events after `after` in global order, up to the visible horizon; an empty prefix list filters nothing.
 * `serialized`: the driver runs one transaction at a time (see visible-horizon.ts).
 */
export async function readAllPage(
  client: SqlClient,
  serialized: boolean,
  after: bigint,
  maxCount: number | undefined,
  filter: AllFilter = {},
): Promise<AllPage> {
  const sql = serialized ? readAllSqls.serialized : readAllSqls.guarded;
  const rows = await client.query<PageRow>(sql, [
    after.toString(),
    maxCount ?? null,
    prefixes(filter.eventTypePrefixes),
    prefixes(filter.streamPrefixes),
  ]);
  const events = rows
    .filter((row) => row.global_position !== null)
    .map((row) => toRecordedEvent(row as EventRow));
  return { events, horizon: BigInt(rows[0].horizon) };
}

const headSql = (serialized: boolean) => `
  WITH horizon AS MATERIALIZED (${horizonSql(serialized)})
  SELECT (SELECT max(e.global_position) FROM es_events e, horizon h
           WHERE e.global_position < h.position
             AND ($1::text[] IS NULL OR EXISTS (
                   SELECT 1 FROM unnest($1::text[]) AS p(prefix) WHERE starts_with(e.event_type, p.prefix)))
             AND ($2::text[] IS NULL OR EXISTS (
                   SELECT 1 FROM unnest($2::text[]) AS p(prefix) WHERE starts_with(e.stream_id, p.prefix))))::text
         AS head`;

const headSqls = { guarded: headSql(false), serialized: headSql(true) };

export async function readHeadPosition(
  client: SqlClient,
  serialized: boolean,
  filter: AllFilter = {},
): Promise<bigint> {
  const sql = serialized ? headSqls.serialized : headSqls.guarded;
  const [row] = await client.query<{ head: string | null }>(sql, [
    prefixes(filter.eventTypePrefixes),
    prefixes(filter.streamPrefixes),
  ]);
  return row.head === null ? -1n : BigInt(row.head);
}

function prefixes(values: readonly string[] | undefined): string[] | null {
  return values && values.length > 0 ? [...values] : null;
}

/** A point read on the primary key: committed is visible, and nothing else can take that position later. */
export async function readEventAt(client: SqlClient, position: bigint): Promise<RecordedEvent | undefined> {
  const [row] = await client.query<EventRow>(
    `SELECT ${eventColumns} FROM es_events e WHERE e.global_position = $1::bigint`,
    [position.toString()],
  );
  return row === undefined ? undefined : toRecordedEvent(row);
}
