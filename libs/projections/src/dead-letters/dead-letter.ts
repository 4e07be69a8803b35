import type { SqlClient } from '@hstf/event-store';
import { ProjectedEvent } from '../events/projected-event';
import { CATALOG_SCHEMA } from '../store/read-model-catalog';

/** An event a projection could not apply, passed by its checkpoint and kept for `hstf projections retry`. */
export interface DeadLetter {
  readonly projection: string;
  readonly eventId: string;
  readonly position: bigint;
  readonly streamId: string;
  readonly type: string;
  readonly error: string;
  readonly attempts: number;
  readonly deadLetteredAt: string;
  readonly lastFailedAt: string;
}

/** A dead letter being written, with the event as the runner saw it. */
export interface NewDeadLetter {
  readonly projection: string;
  readonly event: ProjectedEvent;
  readonly error: string;
}

// JSON has no bigint: positions are kept as decimal strings and restored on the way back.
const toJson = (event: ProjectedEvent): string =>
  JSON.stringify(event, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

const fromJson = (doc: Record<string, unknown>): ProjectedEvent =>
  ({
    ...doc,
    streamPosition: BigInt(doc.streamPosition as string),
    globalPosition: BigInt(doc.globalPosition as string),
  }) as unknown as ProjectedEvent;

/** Writes the dead letters of a batch in its transaction; an event already dead-lettered in the set stays as it was. */
export async function insertDeadLetters(
  tx: SqlClient,
  set: string,
  letters: readonly NewDeadLetter[],
): Promise<void> {
  for (const { projection, event, error } of letters) {
    await tx.query(
      `INSERT INTO ${CATALOG_SCHEMA}.projection_dead_letters
         (table_set, projection, event_id, global_position, stream_id, event_type, event, error)
       VALUES ($1, $2, $3, $4::bigint, $5, $6, $7::jsonb, $8)
       ON CONFLICT (table_set, event_id) DO NOTHING`,
      [
        set,
        projection,
        event.id,
        event.globalPosition.toString(),
        event.streamId,
        event.type,
        toJson(event),
        error,
      ],
    );
  }
}

interface DeadLetterRow {
  projection: string;
  event_id: string;
  global_position: string;
  stream_id: string;
  event_type: string;
  error: string;
  attempts: number;
  dead_lettered_at: Date | string;
  last_failed_at: Date | string;
}

const COLUMNS = `d.projection, d.event_id, d.global_position::text AS global_position, d.stream_id, d.event_type,
  d.error, d.attempts, d.dead_lettered_at, d.last_failed_at`;

const toDeadLetter = (row: DeadLetterRow): DeadLetter => ({
  projection: row.projection,
  eventId: row.event_id,
  position: BigInt(row.global_position),
  streamId: row.stream_id,
  type: row.event_type,
  error: row.error,
  attempts: Number(row.attempts),
  deadLetteredAt: new Date(row.dead_lettered_at).toISOString(),
  lastFailedAt: new Date(row.last_failed_at).toISOString(),
});

/** The dead letters of every projection's live table set, in position order: what queries are missing. */
export async function liveDeadLetters(sql: SqlClient): Promise<DeadLetter[]> {
  const rows = await sql.query<DeadLetterRow>(
    `SELECT ${COLUMNS}
       FROM ${CATALOG_SCHEMA}.projection_dead_letters d
       JOIN ${CATALOG_SCHEMA}.projection_versions v ON v.live_set = d.table_set
      ORDER BY d.projection, d.global_position`,
  );
  return rows.map(toDeadLetter);
}

/** The dead letters of one table set with their events, oldest first, in the order they are retried. */
export async function deadLettersOf(
  tx: SqlClient,
  set: string,
): Promise<{ letter: DeadLetter; event: ProjectedEvent }[]> {
  const rows = await tx.query<DeadLetterRow & { event: Record<string, unknown> | string }>(
    `SELECT ${COLUMNS}, d.event FROM ${CATALOG_SCHEMA}.projection_dead_letters d
      WHERE d.table_set = $1 ORDER BY d.global_position`,
    [set],
  );
  return rows.map((row) => ({
    letter: toDeadLetter(row),
    event: fromJson(typeof row.event === 'string' ? JSON.parse(row.event) : row.event),
  }));
}

export async function removeDeadLetter(tx: SqlClient, set: string, eventId: string): Promise<void> {
  await tx.query(
    `DELETE FROM ${CATALOG_SCHEMA}.projection_dead_letters WHERE table_set = $1 AND event_id = $2`,
    [set, eventId],
  );
}

export async function recordRetryFailure(
  tx: SqlClient,
  set: string,
  eventId: string,
  error: string,
): Promise<void> {
  await tx.query(
    `UPDATE ${CATALOG_SCHEMA}.projection_dead_letters
        SET error = $3, attempts = attempts + 1, last_failed_at = now()
      WHERE table_set = $1 AND event_id = $2`,
    [set, eventId, error],
  );
}
