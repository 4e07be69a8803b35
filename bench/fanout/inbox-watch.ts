import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

/**
 * Polls the agency inbox read model for directives the API accepted and notes when each row became
 * visible. Polling every `intervalMs` adds at most that much to a latency (half of it on average).
 */
const UNDEFINED_TABLE = '42P01';

export class InboxWatch {
  /** item key -> when the bench saw the 201 */
  private readonly pending = new Map<string, number>();
  readonly latenciesMs: number[] = [];
  private stopped = false;
  private loop?: Promise<void>;

  private constructor(
    private readonly client: Client,
    private readonly agency: string,
    private readonly intervalMs: number,
  ) {}

  static async start(databaseUrl: string, agency: string, intervalMs: number): Promise<InboxWatch> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const watch = new InboxWatch(client, agency, intervalMs);
    watch.loop = watch.poll();
    return watch;
  }

  accepted(directiveId: string, at: number): void {
    this.pending.set(`directive:${directiveId}`, at);
  }

  get outstanding(): number {
    return this.pending.size;
  }

  /** Resolves once every accepted directive was seen; rejects after `timeoutMs` with how many were not. */
  async drained(timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.pending.size > 0) {
      if (performance.now() > deadline)
        throw new Error(
          `${this.pending.size} accepted directives never reached the inbox in ${timeoutMs} ms`,
        );
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
    }
  }

  /** Clears the latencies (after a warm-up) without forgetting what is still pending. */
  reset(): void {
    this.latenciesMs.length = 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
    await this.client.end();
  }

  private async poll(): Promise<void> {
    while (!this.stopped) {
      if (this.pending.size > 0) {
        const rows = await this.visible([...this.pending.keys()]);
        const now = performance.now();
        for (const { item_key: key } of rows) {
          const accepted = this.pending.get(key);
          if (accepted === undefined) continue;
          this.pending.delete(key);
          this.latenciesMs.push(now - accepted);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
    }
  }

  /** Nothing is visible until the projector, a process of its own, has created its tables. */
  private async visible(keys: string[]): Promise<{ item_key: string }[]> {
    try {
      const { rows } = await this.client.query<{ item_key: string }>(
        `SELECT item_key FROM agency_inbox.inbox_entries WHERE agency = $1 AND item_key = ANY($2::text[])`,
        [this.agency, keys],
      );
      return rows;
    } catch (error) {
      if ((error as { code?: string }).code === UNDEFINED_TABLE) return [];
      throw error;
    }
  }
}
