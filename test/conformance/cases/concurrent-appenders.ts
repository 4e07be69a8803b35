import { RecordedEvent, WrongExpectedRevision } from '@hstf/event-store';
import { ConformanceContext, newEvents, uniqueTag } from '../conformance-context';
import { SubscriptionReader } from '../subscription-reader';

const appenders = 32;
const streams = 8;
const appendsEach = 8;

/** Half the appenders append blindly ('any'); the others read the revision and retry on conflict. */
async function runAppender(context: ConformanceContext, streamId: string, index: number): Promise<string[]> {
  const written: string[] = [];
  for (let round = 0; round < appendsEach; round += 1) {
    const events = newEvents(1 + ((index + round) % 3), `Appender${index}`);
    for (;;) {
      try {
        const revision = index % 2 === 0 ? 'any' : await currentRevision(context, streamId);
        await context.store().append(streamId, events, revision);
        break;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error;
      }
    }
    written.push(...events.map((event) => event.id));
  }
  return written;
}

async function currentRevision(context: ConformanceContext, streamId: string) {
  const [last] = await context
    .store()
    .readStream(streamId, { direction: 'backwards', maxCount: 1 })
    .catch(() => []);
  return last ? last.streamPosition : ('no_stream' as const);
}

export function concurrentAppenderCases(context: ConformanceContext): void {
  describe('concurrent appenders', () => {
    it(`keeps ${appenders} concurrent appenders contiguous per stream and consistent globally`, async () => {
      const tag = uniqueTag();
      const streamOf = (index: number) => `${tag}-tasking-${index % streams}`;
      const from = await context.store().headPosition();
      const reader = new SubscriptionReader(
        context.store().subscribe({ from, filter: { streamPrefixes: [tag] } }),
      );
      const written = (
        await Promise.all(
          Array.from({ length: appenders }, (_, index) => runAppender(context, streamOf(index), index)),
        )
      ).flat();

      const all = await context.store().readAll({ after: from, filter: { streamPrefixes: [tag] } });
      expect(all.map((event) => event.id).sort()).toEqual([...written].sort());
      for (let stream = 0; stream < streams; stream += 1) {
        const events = await context.store().readStream(streamOf(stream));
        expect(events.map((event) => event.streamPosition)).toEqual(events.map((_, index) => BigInt(index)));
        const inGlobalOrder = all.filter((event) => event.streamId === streamOf(stream));
        expect(inGlobalOrder.map((event) => event.id)).toEqual(events.map((event) => event.id));
      }
      const delivered: RecordedEvent[] = await reader.take(written.length, 30_000);
      expect(delivered.map((event) => event.id)).toEqual(all.map((event) => event.id));
      expect(await reader.nothingWithin(200)).toBe(true);
      await reader.subscription.close();
    }, 120_000);
  });
}
