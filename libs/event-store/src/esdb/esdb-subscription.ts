import type { AllFilter, RecordedEvent, Subscription } from '../port';
import { openFeed, type Feed } from './all-feed';
import type { EsdbClient } from './esdb-client';
import { advance, type AllCursor } from './global-position';
import { RetryDelays } from '../retry-delays';
import { isTransient, waitUnlessAborted, type ReconnectPolicy } from './reconnect-policy';

/** The server never completes a $all subscription on its own: an end means the connection went away. */
export class SubscriptionEnded extends Error {
  override readonly name = 'SubscriptionEnded';
  constructor() {
    super('EventStoreDB ended the $all subscription');
  }
}

/**
 * A $all subscription that survives the connection: after a transient error it resubscribes from the
 * last position it passed (last event given out, or last server checkpoint), so nothing is skipped and
 * nothing already given out is repeated.
 */
export class EsdbSubscription implements Subscription {
  private closed = false;
  private iterated = false;
  private feed?: Feed;
  private readonly abort = new AbortController();

  /** `start` resolves on first iteration, as 'end' needs a read of the store. */
  constructor(
    private readonly client: EsdbClient,
    private readonly start: () => Promise<AllCursor>,
    private readonly filter: AllFilter | undefined,
    private readonly policy: ReconnectPolicy,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<RecordedEvent> {
    // A closed subscription (closed, or left by a loop that broke out) just ends; two loops at once would
    // split its events between them, so that is refused.
    if (this.closed) return;
    if (this.iterated) throw new Error('An EventStoreDB subscription is already being iterated');
    this.iterated = true;
    try {
      yield* this.deliver();
    } finally {
      this.closed = true;
    }
  }

  private async *deliver(): AsyncGenerator<RecordedEvent> {
    let cursor: AllCursor | undefined;
    let failures = 0;
    const delays = new RetryDelays({ initialMs: this.policy.initialDelayMs, maxMs: this.policy.maxDelayMs });
    while (!this.closed) {
      let failure: unknown = new SubscriptionEnded();
      try {
        // Resolved inside the retry loop: finding the end of $all needs the server too.
        cursor ??= await this.start();
        this.feed = openFeed(this.client, cursor, this.filter);
        for await (const item of this.feed.items) {
          failures = 0;
          delays.reset();
          if (item.kind === 'caughtUp') continue;
          cursor = advance(cursor, item.position);
          if (item.kind === 'event') yield item.event;
        }
      } catch (error) {
        failure = error;
      } finally {
        await this.feed?.close();
      }
      if (this.closed) return;
      if (!(failure instanceof SubscriptionEnded) && !isTransient(failure)) throw failure;
      if (failures >= this.policy.maxAttempts) throw failure;
      failures += 1;
      const delayMs = delays.next();
      this.policy.onReconnect?.(failure, failures, delayMs);
      await waitUnlessAborted(delayMs, this.abort.signal);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.abort.abort();
    await this.feed?.close();
  }
}
