/**
 * Groups an async iterable into arrays of what is already at hand (up to `maxSize`), without waiting for
 * more once one item is there: a catch-up is applied in large batches, a live trickle one event at a time.
 */
export async function* batched<T>(source: AsyncIterable<T>, maxSize: number): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | undefined;
  for (;;) {
    const first = await (pending ?? iterator.next());
    pending = undefined;
    if (first.done) return;
    const batch = [first.value];
    while (batch.length < maxSize) {
      pending = iterator.next();
      const next = await Promise.race([pending, nextTurn()]);
      if (next === NOT_YET) break;
      pending = undefined;
      if (next.done) {
        yield batch;
        return;
      }
      batch.push(next.value);
    }
    yield batch;
  }
}

const NOT_YET = Symbol('not yet');

// setImmediate runs after pending promise callbacks: an item already buffered by the source wins the race.
const nextTurn = (): Promise<typeof NOT_YET> =>
  new Promise((resolve) => setImmediate(() => resolve(NOT_YET)));
