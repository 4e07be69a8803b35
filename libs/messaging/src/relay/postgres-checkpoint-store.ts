import { migrateSchema, type PostgresDriver, type Schema, type SqlClient } from '@hstf/event-store';
import { CheckpointStore } from './checkpoint-store';

const createTable = `
  CREATE TABLE IF NOT EXISTS relay_checkpoints (
    name text PRIMARY KEY,
    position bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`;

// GREATEST: a relay that lost its lease while a publish was in flight must not pull the checkpoint of the
// relay that took over backwards (that would only cause re-sends, but needlessly).
const upsert = `
  INSERT INTO relay_checkpoints (name, position) VALUES ($1, $2::bigint)
  ON CONFLICT (name) DO UPDATE
    SET position = GREATEST(relay_checkpoints.position, EXCLUDED.position), updated_at = now()`;

/** The checkpoints' table, through the one migrator of the DDL outside the store. */
export const RELAY_TABLES: Schema = {
  component: 'relay-checkpoints',
  migrations: [{ version: 1, name: 'checkpoints', statements: [createTable] }],
};

/**
 * The checkpoint in PostgreSQL, through the event store's SqlClient so that it runs on a server (`pg`)
 * and on PGlite alike. It may live in the store's database or in another one (an EventStoreDB store).
 */
export class PostgresCheckpointStore implements CheckpointStore {
  private constructor(private readonly client: SqlClient) {}

  /** Creates the table when it is missing. */
  static async open(driver: PostgresDriver): Promise<PostgresCheckpointStore> {
    await migrateSchema(driver, RELAY_TABLES);
    return new PostgresCheckpointStore(driver);
  }

  async load(name: string): Promise<bigint | undefined> {
    const [row] = await this.client.query<{ position: string }>(
      'SELECT position::text AS position FROM relay_checkpoints WHERE name = $1',
      [name],
    );
    return row === undefined ? undefined : BigInt(row.position);
  }

  async save(name: string, position: bigint): Promise<void> {
    await this.client.query(upsert, [name, position.toString()]);
  }
}
