import { WrongExpectedRevision } from '@hstf/event-store';
import { ConformanceContext, newEvent, newEvents, uniqueTag } from '../conformance-context';

async function refusal(append: Promise<unknown>): Promise<WrongExpectedRevision> {
  const error = await append.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevision);
  return error as WrongExpectedRevision;
}

export function optimisticConcurrencyCases(context: ConformanceContext): void {
  describe('optimistic concurrency', () => {
    it("appends to a new stream with 'no_stream' from revision 0", async () => {
      const streamId = `${uniqueTag()}-directive`;
      const result = await context.store().append(streamId, newEvents(2, 'Issued'), 'no_stream');
      expect(result.nextExpectedRevision).toBe(1n);
      const [, second] = await context.store().readStream(streamId);
      expect(result.position).toBe(second.globalPosition);
    });

    it("refuses 'no_stream' on an existing stream, with its revision", async () => {
      const streamId = `${uniqueTag()}-directive`;
      await context.store().append(streamId, newEvents(3, 'Issued'), 'no_stream');
      const error = await refusal(context.store().append(streamId, [newEvent('Issued')], 'no_stream'));
      expect(error).toMatchObject({ streamId, expected: 'no_stream', actual: 2n });
    });

    it("refuses a revision on a missing stream, with 'no_stream'", async () => {
      const streamId = `${uniqueTag()}-directive`;
      const error = await refusal(context.store().append(streamId, [newEvent('Amended')], 0n));
      expect(error).toMatchObject({ streamId, expected: 0n, actual: 'no_stream' });
    });

    it('refuses a stale revision, with the current one, and writes nothing', async () => {
      const streamId = `${uniqueTag()}-tasking`;
      await context.store().append(streamId, newEvents(2, 'Assigned'), 'no_stream');
      await context.store().append(streamId, [newEvent('Accepted')], 1n);
      const error = await refusal(context.store().append(streamId, [newEvent('Declined')], 1n));
      expect(error).toMatchObject({ expected: 1n, actual: 2n });
      const types = (await context.store().readStream(streamId)).map((event) => event.type);
      expect(types).toEqual(['Assigned', 'Assigned', 'Accepted']);
    });

    it('appends at the exact revision', async () => {
      const streamId = `${uniqueTag()}-tasking`;
      await context.store().append(streamId, [newEvent('Assigned')], 'no_stream');
      const result = await context.store().append(streamId, newEvents(2, 'ProgressReported'), 0n);
      expect(result.nextExpectedRevision).toBe(2n);
    });

    it("appends with 'any' whether or not the stream exists", async () => {
      const streamId = `${uniqueTag()}-commitment`;
      expect(
        (await context.store().append(streamId, [newEvent('Pledged')], 'any')).nextExpectedRevision,
      ).toBe(0n);
      expect(
        (await context.store().append(streamId, [newEvent('Delivered')], 'any')).nextExpectedRevision,
      ).toBe(1n);
    });

    it('lets exactly one of two racing appends at the same revision through', async () => {
      const streamId = `${uniqueTag()}-directive`;
      await context.store().append(streamId, [newEvent('Issued')], 'no_stream');
      const outcomes = await Promise.allSettled(
        ['Acknowledged', 'Rescinded'].map((type) => context.store().append(streamId, [newEvent(type)], 0n)),
      );
      const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ expected: 0n, actual: 1n });
      expect(await context.store().readStream(streamId)).toHaveLength(2);
    });

    it("lets only one of racing 'no_stream' appends create the stream", async () => {
      const streamId = `${uniqueTag()}-taskforce`;
      const outcomes = await Promise.allSettled(
        Array.from({ length: 4 }, () =>
          context.store().append(streamId, [newEvent('Established')], 'no_stream'),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(await context.store().readStream(streamId)).toHaveLength(1);
    });
  });
}
