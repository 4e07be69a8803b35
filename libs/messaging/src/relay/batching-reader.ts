export interface BatchingOptions {
  /** Largest batch handed out. */
  readonly maxItems: number;
  /** How long a batch smaller than maxItems waits for more items once it has one. */
  readonly lingerMs: number;
  /** Items read ahead while the previous batch is being handled. Default 4 x maxItems. */
  readonly readAhead?: number;
}

/**
 * Groups items of an async source into batches: up to `maxItems`, or what arrived within `lingerMs` of the
 * first. The source is read ahead while the caller handles a batch, so reading the store and publishing
 * overlap. Under load batches fill at once; a lone live event waits at most `lingerMs`.
 */
export class BatchingReader<T> {
  private readonly queue: T[] = [];
  private ended = false;
  private stopped = false;
  private failure: { error: unknown } | undefined;
  private onItems: (() => void) | undefined;
  private onSpace: (() => void) | undefined;
  private readonly readAhead: number;

  constructor(
    source: AsyncIterable<T>,
    private readonly options: BatchingOptions,
  ) {
    this.readAhead = options.readAhead ?? options.maxItems * 4;
    void this.pump(source);
  }

  /** The next batch, or undefined once the source has ended. Rethrows the source's failure. */
  async next(): Promise<T[] | undefined> {
    while (this.queue.length === 0) {
      if (this.failure) throw this.failure.error;
      if (this.ended || this.stopped) return undefined;
      await this.itemsArrive();
    }
    if (this.queue.length < this.options.maxItems && !this.ended) await this.fillFor(this.options.lingerMs);
    const batch = this.queue.splice(0, this.options.maxItems);
    this.onSpace?.();
    return batch;
  }

  /** Stops reading ahead; leaving the loop ends the source's iteration (closing a subscription). */
  stop(): void {
    this.stopped = true;
    this.onSpace?.();
    this.onItems?.();
  }

  private async pump(source: AsyncIterable<T>): Promise<void> {
    try {
      for await (const item of source) {
        this.queue.push(item);
        this.onItems?.();
        if (this.queue.length >= this.readAhead)
          await new Promise<void>((resolve) => (this.onSpace = resolve));
        if (this.stopped) break;
      }
    } catch (error) {
      this.failure = { error };
    } finally {
      this.ended = true;
      this.onItems?.();
    }
  }

  private itemsArrive(): Promise<void> {
    return new Promise<void>((resolve) => (this.onItems = resolve));
  }

  private async fillFor(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    // One timer per batch, not per item: items arrive by the thousand during a catch-up.
    const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), ms)));
    try {
      while (this.queue.length < this.options.maxItems && !this.ended && !this.stopped) {
        const more = this.itemsArrive().then(() => 'more' as const);
        if ((await Promise.race([more, expired])) === 'expired') return;
      }
    } finally {
      clearTimeout(timer);
    }
  }
}
