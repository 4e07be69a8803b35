import type { AllFilter, ReadAllOptions, RecordedEvent } from '@hstf/event-store';
import { logPages } from './log-pages';

/** A store holding `count` events at sparse, uneven positions, answering readAll as the port says. */
function fakeStore(count: number, seed = 1) {
  let position = 100n;
  let state = seed;
  const events: RecordedEvent[] = Array.from({ length: count }, (_, i) => {
    state = (state * 48271) % 2147483647;
    position += BigInt(1 + (state % 7 === 0 ? 500_000 : state % 3000));
    return {
      id: `e${i}`,
      type: 'Noted',
      streamId: `${i % 3 === 0 ? 'access-' : 'directive-'}${i % 17}`,
      streamPosition: 0n,
      globalPosition: position,
      data: {},
      metadata: {},
      recordedAt: new Date(0),
    };
  });
  const matches = (event: RecordedEvent, filter?: AllFilter) =>
    !filter?.streamPrefixes?.length || filter.streamPrefixes.some((p) => event.streamId.startsWith(p));
  let reads = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    events,
    stats: () => ({ reads, maxInFlight }),
    async readAll(options: ReadAllOptions = {}) {
      reads += 1;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return events
        .filter(
          (e) =>
            (options.after === undefined || e.globalPosition > options.after) && matches(e, options.filter),
        )
        .slice(0, options.maxCount);
    },
    async headPosition() {
      return events[events.length - 1].globalPosition;
    },
  };
}

async function collect(pages: AsyncGenerator<RecordedEvent[]>): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of pages) ids.push(...page.map((e) => e.id));
  return ids;
}

describe('reading the log in pages', () => {
  it.each([
    [1000, 100, 3],
    [1000, 100, 1],
    [999, 7, 4],
    [50, 100, 3],
    [0, 10, 3],
  ])(
    'yields all %i events once, in global order (page %i, %i read ahead)',
    async (count, pageSize, readAhead) => {
      const store = fakeStore(count);
      const ids = await collect(logPages(store, { pageSize, readAhead }));
      expect(ids).toEqual(store.events.map((e) => e.id));
    },
  );

  it('starts after a position and honours the filter', async () => {
    const store = fakeStore(2000, 7);
    const after = store.events[321].globalPosition;
    const filter = { streamPrefixes: ['directive-'] };
    const ids = await collect(logPages(store, { after, filter, pageSize: 50 }));
    expect(ids).toEqual(
      store.events
        .filter((e) => e.globalPosition > after && e.streamId.startsWith('directive-'))
        .map((e) => e.id),
    );
  });

  it('reads several pages at once, and none at once when told not to', async () => {
    const parallel = fakeStore(3000);
    await collect(logPages(parallel, { pageSize: 100, readAhead: 3 }));
    expect(parallel.stats().maxInFlight).toBeGreaterThan(1);
    const serial = fakeStore(3000);
    await collect(logPages(serial, { pageSize: 100, readAhead: 1 }));
    expect(serial.stats().maxInFlight).toBe(1);
  });

  it('includes what was appended after the pass began', async () => {
    const store = fakeStore(500);
    const late = { ...store.events[0], id: 'late', globalPosition: store.events[499].globalPosition + 10n };
    const pages = logPages(store, { pageSize: 100 });
    const ids: string[] = [];
    for await (const page of pages) {
      if (ids.length === 0) store.events.push(late);
      ids.push(...page.map((e) => e.id));
    }
    expect(ids.at(-1)).toBe('late');
    expect(ids).toHaveLength(501);
  });
});
