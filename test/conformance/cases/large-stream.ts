import { RecordedEvent } from '@hstf/event-store';
import { ConformanceContext, newEvents, uniqueTag } from '../conformance-context';

const total = 10_000;
const batch = 500;

export function largeStreamCases(context: ConformanceContext): void {
  describe(`a stream of ${total} events`, () => {
    const streamId = `${uniqueTag()}-taskforce-TX`;
    const ids: string[] = [];

    beforeAll(async () => {
      for (let revision = -1n; ids.length < total; revision += BigInt(batch)) {
        const events = newEvents(batch, 'ProgressReported', (index) => ({ n: ids.length + index }));
        await context.store().append(streamId, events, revision < 0n ? 'no_stream' : revision);
        ids.push(...events.map((event) => event.id));
      }
    }, 120_000);

    it('reads back whole, in order, with contiguous revisions', async () => {
      const events = await context.store().readStream(streamId);
      expect(events).toHaveLength(total);
      expect(events.every((event, index) => event.streamPosition === BigInt(index))).toBe(true);
      expect(events.map((event) => event.id)).toEqual(ids);
      expect(events.every((event, index) => (event.data as { n: number }).n === index)).toBe(true);
    }, 60_000);

    it('reads its tail backwards', async () => {
      const tail = await context.store().readStream(streamId, { direction: 'backwards', maxCount: 3 });
      expect(tail.map((event) => event.streamPosition)).toEqual([9999n, 9998n, 9997n]);
    });

    it('pages through readAll without losing or repeating an event', async () => {
      const seen: RecordedEvent[] = [];
      let after = -1n;
      for (;;) {
        const page = await context
          .store()
          .readAll({ after, maxCount: 1000, filter: { streamPrefixes: [streamId] } });
        if (page.length === 0) break;
        seen.push(...page);
        after = page[page.length - 1].globalPosition;
      }
      expect(seen.map((event) => event.id)).toEqual(ids);
    }, 60_000);
  });
}
