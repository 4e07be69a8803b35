import { upcastRecorded } from '@hstf/contracts';
import { directiveIdOf, DirectiveEvent } from '@hstf/domain';
import { PostgresDriver, RecordedEvent, SqlClient } from '@hstf/event-store';
import { nextDeadline } from './due-acknowledgements';
import { createDeadlineTables, NOTHING_FOLDED } from './deadline-tables';
import { DirectiveRecord, trackDirective, TrackedDirective } from './tracked-directive';

interface TrackedRow {
  readonly directive_id: string;
  readonly next_due: string | null;
  readonly tracked: TrackedDirective | null;
}

/**
 * The acknowledgement deadlines of every open directive, in the SQL database beside the store. Folding is
 * effectively once: each batch runs in one transaction that locks the schedule's checkpoint row, skips
 * what is at or before it, and moves it. Two instances folding the same events at once therefore take
 * turns, and the second finds the first's work done.
 */
export class DeadlineSchedule {
  private constructor(
    private readonly sql: PostgresDriver,
    readonly name: string,
  ) {}

  static async open(sql: PostgresDriver, name: string): Promise<DeadlineSchedule> {
    await createDeadlineTables(sql, name);
    return new DeadlineSchedule(sql, name);
  }

  /** Global position of the last directive event folded, or undefined before the first. */
  async checkpoint(): Promise<bigint | undefined> {
    const [row] = await this.sql.query<{ position: string }>(
      'SELECT position::text AS position FROM acknowledgement_deadline_checkpoints WHERE schedule = $1',
      [this.name],
    );
    const position = BigInt(row.position);
    return position === NOTHING_FOLDED ? undefined : position;
  }

  /** Folds directive events read in global order; returns how many were new to the schedule. */
  fold(events: readonly RecordedEvent[]): Promise<number> {
    return this.sql.transaction(async (tx) => {
      const [row] = await tx.query<{ position: string }>(
        `SELECT position::text AS position FROM acknowledgement_deadline_checkpoints
         WHERE schedule = $1 FOR UPDATE`,
        [this.name],
      );
      const folded = BigInt(row.position);
      const fresh = events.filter((event) => event.globalPosition > folded);
      if (fresh.length === 0) return 0;
      const directives = await this.load(tx, fresh);
      for (const event of fresh) {
        const directiveId = directiveIdOf(event.streamId);
        if (directiveId === undefined) continue;
        directives.set(directiveId, trackDirective(directives.get(directiveId), directiveRecord(event)));
      }
      await this.save(tx, directives);
      await tx.query(
        `UPDATE acknowledgement_deadline_checkpoints SET position = $2::bigint, updated_at = now()
         WHERE schedule = $1`,
        [this.name, fresh[fresh.length - 1].globalPosition.toString()],
      );
      return fresh.length;
    });
  }

  /** The directives with an addressee whose deadline is before `now`. */
  async dueBy(now: Date): Promise<TrackedDirective[]> {
    const rows = await this.sql.query<{ tracked: TrackedDirective }>(
      `SELECT tracked FROM acknowledgement_deadlines
       WHERE schedule = $1 AND next_due < $2::timestamptz ORDER BY next_due, directive_id`,
      [this.name, now.toISOString()],
    );
    return rows.map((row) => row.tracked);
  }

  private async load(
    tx: SqlClient,
    events: readonly RecordedEvent[],
  ): Promise<Map<string, TrackedDirective | undefined>> {
    const ids = [...new Set(events.map((event) => directiveIdOf(event.streamId)))].filter(
      (id): id is string => id !== undefined,
    );
    const rows = await tx.query<TrackedRow>(
      `SELECT directive_id, tracked FROM acknowledgement_deadlines
       WHERE schedule = $1 AND directive_id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      [this.name, JSON.stringify(ids)],
    );
    return new Map(rows.map((row) => [row.directive_id, row.tracked ?? undefined]));
  }

  private async save(tx: SqlClient, directives: Map<string, TrackedDirective | undefined>): Promise<void> {
    const kept: TrackedRow[] = [];
    const dropped: string[] = [];
    for (const [directiveId, tracked] of directives) {
      if (tracked === undefined) dropped.push(directiveId);
      else kept.push({ directive_id: directiveId, next_due: nextDeadline(tracked) ?? null, tracked });
    }
    if (kept.length > 0) {
      await tx.query(
        `INSERT INTO acknowledgement_deadlines (schedule, directive_id, next_due, tracked)
         SELECT $1, r.directive_id, r.next_due, r.tracked
         FROM jsonb_to_recordset($2::jsonb) AS r(directive_id text, next_due timestamptz, tracked jsonb)
         ON CONFLICT (schedule, directive_id)
         DO UPDATE SET next_due = EXCLUDED.next_due, tracked = EXCLUDED.tracked`,
        [this.name, JSON.stringify(kept)],
      );
    }
    if (dropped.length > 0) {
      await tx.query(
        `DELETE FROM acknowledgement_deadlines
         WHERE schedule = $1 AND directive_id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
        [this.name, JSON.stringify(dropped)],
      );
    }
  }
}

function directiveRecord(recorded: RecordedEvent): DirectiveRecord {
  const event = upcastRecorded(recorded);
  return {
    eventId: event.id,
    correlationId: String(event.metadata.correlationId),
    event: { type: event.type, data: event.data } as DirectiveEvent,
  };
}
