import { WrongExpectedRevision } from '@hstf/event-store';
import { ConformanceContext, newEvent, newEvents, uniqueTag } from '../conformance-context';

export function idempotentRetryCases(context: ConformanceContext): void {
  describe('idempotent retries', () => {
    it.each([['no_stream' as const], ['any' as const]])(
      "returns the original result for a retry with '%s', appending nothing",
      async (expected) => {
        const streamId = `${uniqueTag()}-directive`;
        const events = newEvents(3, 'Issued');
        const first = await context.store().append(streamId, events, expected);
        const retried = await context.store().append(streamId, events, expected);
        expect(retried).toEqual(first);
        expect(await context.store().readStream(streamId)).toHaveLength(3);
      },
    );

    it('returns the original result for a retry at a revision, even after the stream moved on', async () => {
      const streamId = `${uniqueTag()}-tasking`;
      await context.store().append(streamId, [newEvent('Assigned')], 'no_stream');
      const events = newEvents(2, 'ProgressReported');
      const first = await context.store().append(streamId, events, 0n);
      await context.store().append(streamId, [newEvent('Completed')], 2n);
      expect(await context.store().append(streamId, events, 0n)).toEqual(first);
      const types = (await context.store().readStream(streamId)).map((event) => event.type);
      expect(types).toEqual(['Assigned', 'ProgressReported', 'ProgressReported', 'Completed']);
    });

    it('refuses a batch of which only some ids were appended, and writes nothing', async () => {
      const streamId = `${uniqueTag()}-commitment`;
      const [pledged, delivered, adjusted] = [
        newEvent('Pledged'),
        newEvent('Delivered'),
        newEvent('Adjusted'),
      ];
      await context.store().append(streamId, [pledged, delivered], 'no_stream');
      const error = await context
        .store()
        .append(streamId, [delivered, adjusted], 0n)
        .catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(WrongExpectedRevision);
      expect(error).toMatchObject({ actual: 1n });
      expect(await context.store().readStream(streamId)).toHaveLength(2);
    });
  });
}
