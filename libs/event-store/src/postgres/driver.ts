/** The few operations the adapter needs from a PostgreSQL connection, so that `pg` and PGlite fit behind it. */
export interface SqlClient {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface PostgresDriver extends SqlClient {
  /** Runs `fn` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (client: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` from any process, and once after a lost connection is
   * restored (notifications sent meanwhile are gone, so listeners must re-read). Absent where there is no
   * other process to hear from (PGlite).
   */
  listen?(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /**
   * True where transactions run one at a time on one connection (PGlite): a reader then never meets an
   * append in flight, and reads need no visible-horizon guard (visible-horizon.ts).
   */
  readonly serialized?: boolean;
  /** How often a live subscription re-reads without a notification; bounded polling where nothing notifies. */
  readonly pollIntervalMs: number;
  /**
   * Statements sent so far, transaction control included: the database round trips of everything that
   * used this driver, which the API exposes as `hstf_db_statements_total` and bench:api divides per command.
   */
  readonly statements: () => number;
  close(): Promise<void>;
}
