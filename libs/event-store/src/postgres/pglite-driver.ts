import { PGlite } from '@electric-sql/pglite';
import { PostgresDriver, SqlClient } from './driver';

export interface PgliteDriverOptions {
  /** Live subscriptions re-read this often; PGlite has a single connection and no other process to notify. */
  readonly pollIntervalMs?: number;
}

/**
 * PGlite is one embedded backend with one connection. Its own mutex runs `transaction` callbacks one at a
 * time and keeps plain queries out of an open transaction, so appends are serialised by construction.
 */
export class PgliteDriver implements PostgresDriver {
  readonly pollIntervalMs: number;
  readonly serialized = true;
  private sent = 0;
  readonly statements = (): number => this.sent;

  private constructor(
    private readonly db: PGlite,
    options: PgliteDriverOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 50;
  }

  /** `dataDir` persists the database in that directory; without it the database lives in memory. */
  static async open(dataDir?: string, options: PgliteDriverOptions = {}): Promise<PgliteDriver> {
    const db = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
    return new PgliteDriver(db, options);
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    this.sent++;
    const result = await this.db.query<Row>(sql, [...params]);
    return result.rows;
  }

  transaction<T>(fn: (client: SqlClient) => Promise<T>): Promise<T> {
    // BEGIN and COMMIT (or ROLLBACK), which PGlite sends itself.
    this.sent += 2;
    return this.db.transaction((tx) =>
      fn({
        query: async <Row>(sql: string, params: readonly unknown[] = []) => {
          this.sent++;
          return (await tx.query<Row>(sql, [...params])).rows;
        },
      }),
    );
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
