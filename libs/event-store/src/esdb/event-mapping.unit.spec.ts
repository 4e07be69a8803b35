import { jsonEvent } from '@eventstore/db-client';
import { toEventData, toRecordedEvent } from './event-mapping';
import { esdbEvent } from './esdb-event.fixture';

const issued = {
  id: '3f1c2b9e-6d2a-5c1e-9a47-0b8e2d4c7f10',
  type: 'DirectiveIssued',
  data: { title: 'Joint sweep', priority: 'high', addressees: { states: ['TX'], agencies: ['ICE-HSI'] } },
  metadata: { commandId: 'c-1', scope: { states: ['TX'], agencies: ['ICE-HSI'] } },
};

describe('EventStoreDB event mapping', () => {
  it('writes our events as JSON events with their own ids', () => {
    expect(toEventData(issued)).toEqual(jsonEvent(issued));
    expect(toEventData(issued)).toMatchObject({ id: issued.id, contentType: 'application/json' });
  });

  it('reads revision, commit position and creation time into our recorded event', () => {
    const created = new Date('2025-02-03T04:05:06.789Z');
    const resolved = esdbEvent({
      ...issued,
      streamId: 'directive-1',
      revision: 4n,
      position: 9_812n,
      created,
    });
    expect(toRecordedEvent(resolved)).toEqual({
      id: issued.id,
      type: 'DirectiveIssued',
      streamId: 'directive-1',
      streamPosition: 4n,
      globalPosition: 9_812n,
      data: issued.data,
      metadata: issued.metadata,
      recordedAt: created,
    });
  });

  it('gives an empty metadata object when the event has none or it is not a JSON object', () => {
    const fields = { streamId: 'report-1', revision: 0n, type: 'ArrestsReported', position: 10n };
    expect(toRecordedEvent(esdbEvent(fields))?.metadata).toEqual({});
    const binary = esdbEvent({ ...fields, metadata: new Uint8Array([1, 2]) });
    expect(toRecordedEvent(binary)?.metadata).toEqual({});
  });

  it('skips a link whose target is gone and refuses an event without a position', () => {
    expect(toRecordedEvent({ commitPosition: 5n })).toBeUndefined();
    const resolved = esdbEvent({
      streamId: 'tasking-1',
      revision: 0n,
      type: 'TaskingAssigned',
      position: 1n,
    });
    const old = { event: { ...resolved.event!, position: undefined } };
    expect(() => toRecordedEvent(old as never)).toThrow(/without a position/);
  });
});
