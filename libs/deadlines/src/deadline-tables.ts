import { migrateSchema, PostgresDriver, Schema } from '@hstf/event-store';

// One row per schedule holds the global position of the last directive event folded; the directives it
// tracks are rows beside it, written in the same transaction, so that the two never disagree.
const DDL = [
  `CREATE TABLE IF NOT EXISTS acknowledgement_deadline_checkpoints (
    schedule text PRIMARY KEY,
    position bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE IF NOT EXISTS acknowledgement_deadlines (
    schedule text NOT NULL,
    directive_id text NOT NULL,
    next_due timestamptz,
    tracked jsonb NOT NULL,
    PRIMARY KEY (schedule, directive_id)
  )`,
  `CREATE INDEX IF NOT EXISTS acknowledgement_deadlines_next_due
    ON acknowledgement_deadlines (schedule, next_due) WHERE next_due IS NOT NULL`,
];

/** The schedule's tables, through the one migrator of the DDL outside the store. */
export const DEADLINE_TABLES: Schema = {
  component: 'acknowledgement-deadlines',
  migrations: [{ version: 1, name: 'schedule', statements: DDL }],
};

/** Position of a schedule that has folded nothing yet. */
export const NOTHING_FOLDED = -1n;

export async function createDeadlineTables(sql: PostgresDriver, schedule: string): Promise<void> {
  await migrateSchema(sql, DEADLINE_TABLES);
  await sql.query(
    `INSERT INTO acknowledgement_deadline_checkpoints (schedule, position) VALUES ($1, $2::bigint)
     ON CONFLICT (schedule) DO NOTHING`,
    [schedule, NOTHING_FOLDED.toString()],
  );
}
