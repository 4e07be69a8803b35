import { ANY, NO_STREAM, WrongExpectedVersionError, jsonEvent } from '@eventstore/db-client';
import { WrongExpectedRevision } from '../port';
import { StubEsdbClient } from './esdb-client.stub';
import { EsdbEventStore } from './esdb-event-store';
import { esdbEvent } from './esdb-event.fixture';

const issued = (id: string) => ({
  id,
  type: 'DirectiveIssued',
  data: { title: 'Port of entry surge' },
  metadata: { commandId: 'c-1' },
});
const ids = ['7d0f8a52-1c3e-5b8d-a1f2-1b2c3d4e5f60', '7d0f8a52-1c3e-5b8d-a1f2-1b2c3d4e5f61'];

describe('EsdbEventStore append', () => {
  let stub: StubEsdbClient;
  let store: EsdbEventStore;
  beforeEach(() => {
    stub = new StubEsdbClient();
    store = new EsdbEventStore(stub.asClient());
  });

  it('appends JSON events with the expected revision and returns the revision and commit position', async () => {
    stub.appendReply = async () => ({
      success: true,
      nextExpectedRevision: 5n,
      position: { commit: 700n, prepare: 700n },
    });
    const result = await store.append('directive-1', [issued(ids[0]), issued(ids[1])], 3n);
    expect(result).toEqual({ nextExpectedRevision: 5n, position: 700n });
    expect(stub.appends[0]).toEqual({
      streamName: 'directive-1',
      events: [jsonEvent(issued(ids[0])), jsonEvent(issued(ids[1]))],
      options: { expectedRevision: 3n },
    });
  });

  it.each([
    ['no_stream', NO_STREAM],
    ['any', ANY],
  ] as const)('passes %s as the client constant', async (ours, theirs) => {
    stub.appendReply = async () => ({
      success: true,
      nextExpectedRevision: 0n,
      position: { commit: 1n, prepare: 1n },
    });
    await store.append('directive-1', [issued(ids[0])], ours);
    expect(stub.appends[0].options).toEqual({ expectedRevision: theirs });
  });

  it('throws WrongExpectedRevision with the actual revision on a conflict', async () => {
    stub.appendReply = async () => {
      throw new WrongExpectedVersionError(undefined, {
        streamName: 'directive-1',
        expected: NO_STREAM,
        current: 2n,
      });
    };
    const appending = store.append('directive-1', [issued(ids[0])], 'no_stream');
    await expect(appending).rejects.toBeInstanceOf(WrongExpectedRevision);
    await expect(appending).rejects.toMatchObject({ expected: 'no_stream', actual: 2n });
  });

  it('throws WrongExpectedRevision when the client reports the conflict as a result', async () => {
    stub.appendReply = async () => ({ success: false, nextExpectedRevision: -1n });
    await expect(store.append('directive-1', [issued(ids[0])], 0n)).rejects.toMatchObject({
      name: 'WrongExpectedRevision',
      actual: 'no_stream',
    });
  });

  it('reads the position from the stream when the server leaves it out of the reply', async () => {
    stub.appendReply = async () => ({ success: true, nextExpectedRevision: 1n });
    stub.readStreamReply = (name, options) => {
      expect([name, options?.fromRevision, options?.maxCount]).toEqual(['directive-1', 1n, 1]);
      return [esdbEvent({ ...issued(ids[1]), streamId: 'directive-1', revision: 1n, position: 321n })];
    };
    expect(await store.append('directive-1', [issued(ids[0]), issued(ids[1])], 'any')).toEqual({
      nextExpectedRevision: 1n,
      position: 321n,
    });
  });

  it('refuses what every adapter refuses, before calling the server', async () => {
    await expect(store.append('directive-1', [], 'any')).rejects.toBeInstanceOf(RangeError);
    await expect(store.append('directive-1', [issued(ids[0])], -1n)).rejects.toBeInstanceOf(RangeError);
    await expect(store.append('directive-1', [issued(ids[0]), issued(ids[0])], 'any')).rejects.toThrow(
      /repeat an id/,
    );
    expect(stub.appends).toHaveLength(0);
  });

  it('writes absent data as JSON null', async () => {
    stub.appendReply = async () => ({
      success: true,
      nextExpectedRevision: 0n,
      position: { commit: 1n, prepare: 1n },
    });
    await store.append('directive-1', [{ ...issued(ids[0]), data: undefined }], 'any');
    expect(stub.appends[0].events[0].data).toBeNull();
  });
});
