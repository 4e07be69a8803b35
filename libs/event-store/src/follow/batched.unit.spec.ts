import { batched } from './batched';

async function collect<T>(source: AsyncIterable<T[]>): Promise<T[][]> {
  const batches: T[][] = [];
  for await (const batch of source) batches.push(batch);
  return batches;
}

async function* buffered(items: number[]): AsyncGenerator<number> {
  yield* items;
}

/** Items that arrive one by one, each some time after the previous. */
async function* trickle(items: number[]): AsyncGenerator<number> {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    yield item;
  }
}

describe('batching a subscription', () => {
  it('groups what is already at hand, up to the maximum size', async () => {
    expect(await collect(batched(buffered([1, 2, 3, 4, 5, 6, 7]), 3))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('does not hold a lone item back waiting for more', async () => {
    expect(await collect(batched(trickle([1, 2, 3]), 10))).toEqual([[1], [2], [3]]);
  });

  it('ends with the source', async () => {
    expect(await collect(batched(buffered([]), 10))).toEqual([]);
  });
});
