import { BACKWARDS, END, FORWARDS, START, StreamNotFoundError } from '@eventstore/db-client';
import { StreamNotFound } from '../port';
import { StubEsdbClient } from './esdb-client.stub';
import { EsdbEventStore } from './esdb-event-store';
import { esdbEvent } from './esdb-event.fixture';

describe('EsdbEventStore readStream', () => {
  const stub = new StubEsdbClient();
  const store = new EsdbEventStore(stub.asClient());
  const events = [0n, 1n, 2n].map((revision) =>
    esdbEvent({
      streamId: 'tasking-1',
      revision,
      type: 'TaskingProgressReported',
      position: 100n + revision,
    }),
  );

  it('reads forwards from the start by default', async () => {
    const calls: unknown[] = [];
    stub.readStreamReply = (_name, options) => {
      calls.push(options);
      return events;
    };
    const read = await store.readStream('tasking-1');
    expect(read.map((e) => [e.streamPosition, e.globalPosition])).toEqual([
      [0n, 100n],
      [1n, 101n],
      [2n, 102n],
    ]);
    expect(calls).toEqual([{ direction: FORWARDS, fromRevision: START }]);
  });

  it('reads backwards from the end, or from a revision with a maximum count', async () => {
    const calls: unknown[] = [];
    stub.readStreamReply = (_name, options) => {
      calls.push(options);
      return [];
    };
    await store.readStream('tasking-1', { direction: 'backwards' });
    await store.readStream('tasking-1', { direction: 'backwards', fromRevision: 7n, maxCount: 2 });
    expect(calls).toEqual([
      { direction: BACKWARDS, fromRevision: END },
      { direction: BACKWARDS, fromRevision: 7n, maxCount: 2 },
    ]);
  });

  it('throws StreamNotFound for a stream without events', async () => {
    stub.readStreamReply = (name) => new StreamNotFoundError(undefined, name);
    await expect(store.readStream('tasking-404')).rejects.toEqual(new StreamNotFound('tasking-404'));
  });
});
