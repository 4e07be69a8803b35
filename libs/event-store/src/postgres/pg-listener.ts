import { Client, ClientConfig } from 'pg';

const firstRetryDelayMs = 100;
const maxRetryDelayMs = 5000;

/**
 * A dedicated connection that stays in LISTEN: pooled connections cannot, since LISTEN belongs to a session.
 * After a lost connection it reconnects with a growing delay and then wakes the listener once, because
 * notifications sent while it was away are not replayed.
 */
export class PgListener {
  private client: Client | undefined;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly onNotify: () => void,
  ) {}

  async start(): Promise<void> {
    this.client = await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    const client = new Client(this.config);
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotify();
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  private lost(client: Client): void {
    if (this.stopped || this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.retry(firstRetryDelayMs);
  }

  private retry(delayMs: number): void {
    this.retryTimer = setTimeout(() => {
      this.connect().then(
        async (client) => {
          if (this.stopped) return client.end();
          this.client = client;
          this.onNotify();
        },
        () => !this.stopped && this.retry(Math.min(delayMs * 2, maxRetryDelayMs)),
      );
    }, delayMs);
    this.retryTimer.unref();
  }
}
