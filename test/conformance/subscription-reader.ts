import { RecordedEvent, Subscription } from '@hstf/event-store';

/** Pulls from one subscription across several steps of a test, with a deadline on each wait. */
export class SubscriptionReader {
  private readonly iterator: AsyncIterator<RecordedEvent>;
  private pending: Promise<IteratorResult<RecordedEvent>> | undefined;

  constructor(readonly subscription: Subscription) {
    this.iterator = subscription[Symbol.asyncIterator]();
  }

  /** The next `count` events; fails if they have not all arrived within `timeoutMs`. */
  async take(count: number, timeoutMs = 10_000): Promise<RecordedEvent[]> {
    const deadline = Date.now() + timeoutMs;
    const taken: RecordedEvent[] = [];
    while (taken.length < count) {
      const result = await this.next(deadline - Date.now());
      if (result === 'timeout')
        throw new Error(`Received ${taken.length} of ${count} events in ${timeoutMs} ms`);
      if (result.done) throw new Error(`The subscription ended after ${taken.length} of ${count} events`);
      taken.push(result.value);
    }
    return taken;
  }

  /** Whether anything arrives within `ms`; what does arrive is kept for the next call. */
  async nothingWithin(ms: number): Promise<boolean> {
    const result = await this.next(ms);
    if (result === 'timeout') return true;
    this.pending = Promise.resolve(result);
    return false;
  }

  /** Resolves when the iteration ends, failing if it yields an event or outlasts `timeoutMs`. */
  async end(timeoutMs = 5000): Promise<void> {
    const result = await this.next(timeoutMs);
    if (result === 'timeout') throw new Error(`The subscription did not end within ${timeoutMs} ms`);
    if (!result.done) throw new Error(`The subscription yielded ${result.value.type} instead of ending`);
  }

  private async next(ms: number): Promise<IteratorResult<RecordedEvent> | 'timeout'> {
    this.pending ??= this.iterator.next();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
    const result = await Promise.race([this.pending, timeout]);
    clearTimeout(timer);
    if (result !== 'timeout') this.pending = undefined;
    return result;
  }
}
