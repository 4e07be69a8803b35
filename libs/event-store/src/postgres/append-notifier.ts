import { SqlClient } from './driver';

/**
 * How other processes hear of appends. 'in-transaction' sends NOTIFY from the append transaction itself:
 * atomic with the commit, but PostgreSQL serialises the commits of all notifying transactions of a
 * database on one lock held across the commit's WAL flush; 64 writers appended about 7 times slower
 * here. 'after-commit' (the default) notifies once the append committed, coalesced: at most one
 * notification in flight per process and one more after it if appends committed meanwhile, committed
 * without waiting for its WAL flush since a notification need not be durable. A notification lost with
 * a crashed process costs listeners at most their fallback poll interval.
 */
export type NotifyMode = 'after-commit' | 'in-transaction';

export class AppendNotifier {
  private sending: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly client: SqlClient,
    private readonly channel: string,
  ) {}

  appended(): void {
    if (this.stopped) return;
    if (this.sending) this.again = true;
    else this.sending = this.send();
  }

  /** Takes no more appends, and lets the announcement of those already committed go out. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.sending;
  }

  private async send(): Promise<void> {
    do {
      this.again = false;
      await this.client
        .query(`SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, '')`, [this.channel])
        .catch(() => undefined); // listeners fall back on polling
    } while (this.again);
    this.sending = undefined;
  }
}
