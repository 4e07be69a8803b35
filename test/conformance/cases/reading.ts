import { StreamNotFound } from '@hstf/event-store';
import { ConformanceContext, newEvent, newEvents, uniqueTag } from '../conformance-context';

export function readingCases(context: ConformanceContext): void {
  describe('reading a stream', () => {
    it('returns what was appended, in order, with revisions from 0', async () => {
      const streamId = `${uniqueTag()}-directive`;
      const issued = newEvent(
        'DirectiveIssued',
        { title: 'Route 9 checkpoints', priority: 2 },
        { actor: 'op-1' },
      );
      const acknowledged = newEvent(
        'DirectiveAcknowledged',
        { agency: 'CBP' },
        { scope: { states: ['TX'] } },
      );
      await context.store().append(streamId, [issued, acknowledged], 'no_stream');
      const events = await context.store().readStream(streamId);
      expect(events.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }))).toEqual([
        issued,
        acknowledged,
      ]);
      expect(events.map((event) => [event.streamId, event.streamPosition])).toEqual([
        [streamId, 0n],
        [streamId, 1n],
      ]);
      expect(events[1].globalPosition).toBeGreaterThan(events[0].globalPosition);
      expect(events[0].recordedAt).toBeInstanceOf(Date);
      expect(Math.abs(events[0].recordedAt.getTime() - Date.now())).toBeLessThan(60_000);
    });

    it('reads from a revision with a maximum count, forwards and backwards', async () => {
      const streamId = `${uniqueTag()}-tasking`;
      await context.store().append(streamId, newEvents(10, 'ProgressReported'), 'no_stream');
      const revisions = async (options: Parameters<ReturnType<typeof context.store>['readStream']>[1]) =>
        (await context.store().readStream(streamId, options)).map((event) => event.streamPosition);
      expect(await revisions({ fromRevision: 7n })).toEqual([7n, 8n, 9n]);
      expect(await revisions({ fromRevision: 2n, maxCount: 3 })).toEqual([2n, 3n, 4n]);
      expect(await revisions({ direction: 'backwards', maxCount: 3 })).toEqual([9n, 8n, 7n]);
      expect(await revisions({ direction: 'backwards', fromRevision: 4n, maxCount: 2 })).toEqual([4n, 3n]);
      expect(await revisions({ direction: 'backwards', fromRevision: 1n })).toEqual([1n, 0n]);
      expect(await revisions({ fromRevision: 10n })).toEqual([]);
    });

    it('throws StreamNotFound for a stream without events', async () => {
      const streamId = `${uniqueTag()}-nothing`;
      await expect(context.store().readStream(streamId)).rejects.toBeInstanceOf(StreamNotFound);
      await expect(context.store().readStream(streamId, { direction: 'backwards' })).rejects.toMatchObject({
        streamId,
      });
    });
  });

  describe('reading one event by its global position', () => {
    it('answers the event at a position, and nothing where no event is', async () => {
      const streamId = `${uniqueTag()}-directive`;
      await context.store().append(streamId, newEvents(2, 'Issued'), 'no_stream');
      const [first, second] = await context.store().readStream(streamId);
      expect(await context.store().eventAt(second.globalPosition)).toMatchObject({
        id: second.id,
        streamId,
        streamPosition: 1n,
        globalPosition: second.globalPosition,
      });
      expect((await context.store().eventAt(first.globalPosition))?.id).toBe(first.id);
      const head = await context.store().headPosition();
      expect(await context.store().eventAt(head + 1_000_000n)).toBeUndefined();
      expect(await context.store().eventAt(-1n)).toBeUndefined();
    });
  });

  describe('the head position', () => {
    it('is the last event of all, or of the streams a filter keeps', async () => {
      const tag = uniqueTag();
      await context.store().append(`${tag}-domain`, [newEvent('Kept')], 'no_stream');
      await context.store().append(`${tag}-audit`, newEvents(3, 'Left'), 'no_stream');
      const [kept] = await context.store().readStream(`${tag}-domain`);
      const [, , last] = await context.store().readStream(`${tag}-audit`);
      expect(await context.store().headPosition()).toBe(last.globalPosition);
      expect(await context.store().headPosition({ streamPrefixes: [`${tag}-domain`] })).toBe(
        kept.globalPosition,
      );
      expect(await context.store().headPosition({ streamPrefixes: [`${tag}-nothing`] })).toBe(-1n);
    });
  });

  describe('reading all', () => {
    it('returns events of all streams in append order, after an exclusive position', async () => {
      const tag = uniqueTag();
      const before = await context.store().headPosition();
      await context.store().append(`${tag}-a`, [newEvent('One')], 'no_stream');
      await context.store().append(`${tag}-b`, newEvents(2, 'Two'), 'no_stream');
      const last = await context.store().append(`${tag}-a`, [newEvent('Three')], 0n);
      const events = await context.store().readAll({ after: before, filter: { streamPrefixes: [tag] } });
      expect(events.map((event) => `${event.streamId.slice(tag.length)}:${event.type}`)).toEqual([
        '-a:One',
        '-b:Two',
        '-b:Two',
        '-a:Three',
      ]);
      const positions = events.map((event) => event.globalPosition);
      expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
      expect(new Set(positions).size).toBe(4);
      expect(positions[3]).toBe(last.position);
      expect(await context.store().headPosition()).toBeGreaterThanOrEqual(last.position);
      const rest = await context
        .store()
        .readAll({ after: positions[1], maxCount: 1, filter: { streamPrefixes: [tag] } });
      expect(rest.map((event) => event.globalPosition)).toEqual([positions[2]]);
    });
  });
}
