import { Pool, PoolClient, PoolConfig } from 'pg';
import { PostgresDriver, SqlClient } from './driver';
import { PgListener } from './pg-listener';

export interface PgDriverOptions {
  /** Connection settings; `pg` also reads PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSWORD. */
  readonly pool?: PoolConfig;
  /** Fallback re-read interval of live subscriptions, for notifications lost while reconnecting. */
  readonly pollIntervalMs?: number;
}

/** A PostgreSQL server through a `pg` pool; live subscriptions hear appends through LISTEN/NOTIFY. */
export class PgDriver implements PostgresDriver {
  readonly pollIntervalMs: number;
  private readonly pool: Pool;
  private readonly listeners = new Set<PgListener>();
  private sent = 0;
  readonly statements = (): number => this.sent;

  constructor(private readonly options: PgDriverOptions = {}) {
    this.pool = new Pool({ max: 20, ...options.pool });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    this.pool.on('error', () => undefined);
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    this.sent++;
    const result = await this.pool.query(sql, [...params]);
    return result.rows as Row[];
  }

  async transaction<T>(fn: (client: SqlClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      const counted = clientOf(client, () => this.sent++);
      await counted.query('BEGIN');
      const result = await fn(counted);
      await counted.query('COMMIT');
      return result;
    } catch (error) {
      this.sent++;
      broken = await client.query('ROLLBACK').then(
        () => undefined,
        (rollbackError: Error) => rollbackError,
      );
      throw error;
    } finally {
      // A connection that could not roll back is in an unknown state: destroy it rather than reuse it.
      client.release(broken);
    }
  }

  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const listener = new PgListener(this.options.pool ?? {}, channel, onNotify);
    this.listeners.add(listener);
    await listener.start();
    return async () => {
      this.listeners.delete(listener);
      await listener.stop();
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.listeners].map((listener) => listener.stop()));
    this.listeners.clear();
    await this.pool.end();
  }
}

function clientOf(client: PoolClient, count: () => void): SqlClient {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => {
      count();
      return (await client.query(sql, [...params])).rows as Row[];
    },
  };
}
