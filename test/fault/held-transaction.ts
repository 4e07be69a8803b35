import { Client } from 'pg';
import { SqlClient } from '@hstf/event-store';

/** A transaction on a connection of its own, kept open until the test decides to end it. */
export class HeldTransaction {
  private constructor(private readonly client: Client) {}

  static async begin(connectionString: string): Promise<HeldTransaction> {
    const client = new Client({ connectionString });
    await client.connect();
    await client.query('BEGIN');
    return new HeldTransaction(client);
  }

  readonly sql: SqlClient = {
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await this.client.query(sql, [...params])).rows as Row[],
  };

  /** Gives the transaction its id now, as its first write would. */
  async takeTransactionId(): Promise<bigint> {
    const [row] = await this.sql.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
    return BigInt(row.xid);
  }

  async commit(): Promise<void> {
    await this.end('COMMIT');
  }

  async rollback(): Promise<void> {
    await this.end('ROLLBACK');
  }

  private async end(command: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    try {
      await this.client.query(command);
    } finally {
      await this.client.end();
    }
  }
}
