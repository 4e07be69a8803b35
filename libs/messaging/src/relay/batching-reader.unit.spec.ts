import { BatchingReader } from './batching-reader';

/** A source the test feeds by hand, to control when items arrive. */
class ManualSource implements AsyncIterable<number> {
  private readonly items: number[] = [];
  private ended = false;
  private wake: (() => void) | undefined;

  push(...items: number[]): void {
    this.items.push(...items);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<number> {
    for (;;) {
      while (this.items.length > 0) yield this.items.shift()!;
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

async function* failingAfter(items: number[], error: Error): AsyncGenerator<number> {
  yield* items;
  throw error;
}

describe('BatchingReader', () => {
  it('hands out full batches at once under load', async () => {
    const source = new ManualSource();
    source.push(...Array.from({ length: 25 }, (_, i) => i));
    const reader = new BatchingReader(source, { maxItems: 10, lingerMs: 10_000 });
    const started = Date.now();
    expect(await reader.next()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await reader.next()).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(Date.now() - started).toBeLessThan(1000);
    reader.stop();
  });

  it('hands out a partial batch once the linger time has passed', async () => {
    const source = new ManualSource();
    const reader = new BatchingReader(source, { maxItems: 100, lingerMs: 30 });
    source.push(1, 2);
    const batch = reader.next();
    setTimeout(() => source.push(3), 5);
    expect(await batch).toEqual([1, 2, 3]);
    reader.stop();
  });

  it('keeps order across batches and ends with the source', async () => {
    const source = new ManualSource();
    const reader = new BatchingReader(source, { maxItems: 3, lingerMs: 1 });
    source.push(1, 2, 3, 4, 5);
    source.end();
    const seen: number[][] = [];
    for (let batch = await reader.next(); batch; batch = await reader.next()) seen.push(batch);
    expect(seen).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('reads ahead no further than asked while a batch is being handled', async () => {
    let pulled = 0;
    async function* counting(): AsyncGenerator<number> {
      for (let i = 0; ; i++) {
        pulled = i + 1;
        yield i;
      }
    }
    const reader = new BatchingReader(counting(), { maxItems: 5, lingerMs: 1, readAhead: 20 });
    expect(await reader.next()).toEqual([0, 1, 2, 3, 4]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The 5 handed out, and the 20 read ahead behind them; nothing more until the next batch is taken.
    expect(pulled).toBe(25);
    expect(await reader.next()).toEqual([5, 6, 7, 8, 9]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pulled).toBe(30);
    reader.stop();
  });

  it('hands out what was read before the source failed, then the failure', async () => {
    const reader = new BatchingReader(failingAfter([1, 2], new Error('store unreachable')), {
      maxItems: 10,
      lingerMs: 1,
    });
    expect(await reader.next()).toEqual([1, 2]);
    await expect(reader.next()).rejects.toThrow('store unreachable');
  });

  it('ends at once when stopped while waiting', async () => {
    const reader = new BatchingReader(new ManualSource(), { maxItems: 10, lingerMs: 1 });
    const next = reader.next();
    reader.stop();
    expect(await next).toBeUndefined();
  });
});
