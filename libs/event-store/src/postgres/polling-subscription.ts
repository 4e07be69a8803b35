import { AllFilter, RecordedEvent, Subscription } from '../port';
import { AllPage } from './read-all';
import { WakeSignal } from './wake-signal';

export interface SubscriptionSource {
  readPage(after: bigint, maxCount: number, filter: AllFilter | undefined): Promise<AllPage>;
  readonly wake: WakeSignal;
  readonly pollIntervalMs: number;
  readonly batchSize: number;
}

/**
 * Catch-up then live over readAll pages: reads until a page comes back short, then waits for a wake
 * (NOTIFY, an append in this process to a stream it reads) or the poll interval, lingers if asked to,
 * and reads again. The gap guard is in readAll, so the checkpoint only ever moves over final positions.
 */
export class PollingSubscription implements Subscription {
  private closed = false;
  private markClosed!: () => void;
  private readonly closing = new Promise<void>((resolve) => (this.markClosed = resolve));
  private readonly events: AsyncGenerator<RecordedEvent>;

  constructor(
    private readonly source: SubscriptionSource,
    start: Promise<bigint>,
    private readonly filter: AllFilter | undefined,
    private readonly onClose: (subscription: PollingSubscription) => void,
    private readonly lingerMs = 0,
  ) {
    // The start is read eagerly ('end' means the end when subscribing); a failure surfaces on iteration.
    start.catch(() => undefined);
    this.events = this.run(start);
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.events;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.markClosed();
    this.onClose(this);
  }

  private async *run(start: Promise<bigint>): AsyncGenerator<RecordedEvent> {
    try {
      let checkpoint = await start;
      const { wake, batchSize, pollIntervalMs } = this.source;
      const prefixes = this.filter?.streamPrefixes ?? [];
      const reads = (streamId: string) =>
        prefixes.length === 0 || prefixes.some((prefix) => streamId.startsWith(prefix));
      while (!this.closed) {
        const generation = wake.generation;
        const page = await this.source.readPage(checkpoint, batchSize, this.filter);
        for (const event of page.events) {
          if (this.closed) return;
          yield event;
          checkpoint = event.globalPosition;
        }
        if (page.events.length < batchSize) {
          // Nothing matching is left below the horizon: skip what the filter passed over.
          if (page.horizon - 1n > checkpoint) checkpoint = page.horizon - 1n;
          await Promise.race([wake.wait(generation, pollIntervalMs, reads), this.closing]);
          if (this.lingerMs > 0 && !this.closed) await Promise.race([delay(this.lingerMs), this.closing]);
        }
      }
    } finally {
      await this.close();
    }
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
