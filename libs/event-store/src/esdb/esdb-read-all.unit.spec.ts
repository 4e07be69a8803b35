import { START, type AllStreamResolvedEvent } from '@eventstore/db-client';
import { StubEsdbClient } from './esdb-client.stub';
import { EsdbEventStore } from './esdb-event-store';
import { esdbEvent, systemEvent } from './esdb-event.fixture';

const ours = (streamId: string, type: string, position: bigint) =>
  esdbEvent({ streamId, revision: 0n, type, position });

describe('EsdbEventStore readAll and headPosition', () => {
  let stub: StubEsdbClient;
  let store: EsdbEventStore;
  beforeEach(() => {
    stub = new StubEsdbClient();
    stub.log.push(
      systemEvent(10n),
      ours('directive-1', 'DirectiveIssued', 20n),
      ours('tasking-1', 'TaskingAssigned', 30n),
      ours('directive-2', 'DirectiveIssued', 40n),
      ours('report-1', 'ArrestsReported', 50n),
      systemEvent(60n),
    );
    store = new EsdbEventStore(stub.asClient());
  });
  const positions = (events: { globalPosition: bigint }[]) => events.map((e) => e.globalPosition);

  it('reads the one event at a position, and nothing between events or at a system event', async () => {
    expect(await store.eventAt(30n)).toMatchObject({ streamId: 'tasking-1', globalPosition: 30n });
    expect(await store.eventAt(35n)).toBeUndefined();
    expect(await store.eventAt(60n)).toBeUndefined();
    expect(await store.eventAt(-1n)).toBeUndefined();
  });

  it('reads our events from the start, without system events, and closes its subscription', async () => {
    expect(positions(await store.readAll())).toEqual([20n, 30n, 40n, 50n]);
    expect(stub.subscriptions[0].options.fromPosition).toBe(START);
    expect(stub.subscriptions[0].unsubscribed).toBe(true);
  });

  it('reads after a position, exclusively, up to a maximum count', async () => {
    expect(positions(await store.readAll({ after: 20n, maxCount: 2 }))).toEqual([30n, 40n]);
    expect(stub.subscriptions[0].options.fromPosition).toEqual({ commit: 20n, prepare: 20n });
  });

  it('skips an event at the checkpoint itself should the server send it again', async () => {
    stub.onSubscribe = (s) => {
      s.deliver(stub.log[2], stub.log[3]);
      s.caughtUp();
    };
    expect(positions(await store.readAll({ after: 30n }))).toEqual([40n]);
  });

  it('filters by event type prefix on the server and by stream prefix here', async () => {
    const filter = { eventTypePrefixes: ['Directive'], streamPrefixes: ['directive-2'] };
    expect(positions(await store.readAll({ filter }))).toEqual([40n]);
    expect(stub.subscriptions[0].options.filter).toMatchObject({
      filterOn: 'eventType',
      prefixes: ['Directive'],
    });
  });

  it('stops at the head it found even if the server never says it caught up', async () => {
    stub.onSubscribe = (s) => {
      s.deliver(stub.log[1], stub.log[3]);
      void s.checkpoint({ commit: 60n, prepare: 60n });
    };
    expect(positions(await store.readAll({ filter: { streamPrefixes: ['directive-'] } }))).toEqual([
      20n,
      40n,
    ]);
  });

  it('does not stop at a checkpoint just before the head event', async () => {
    stub.log.pop();
    stub.onSubscribe = async (s) => {
      s.deliver(stub.log[1]);
      await s.checkpoint({ commit: 50n, prepare: 0n });
      s.deliver(stub.log[4]);
    };
    expect(positions(await store.readAll({ filter: { streamPrefixes: ['directive-', 'report-'] } }))).toEqual(
      [20n, 50n],
    );
  });

  it('does not subscribe when nothing can follow the checkpoint', async () => {
    expect(await store.readAll({ after: 60n })).toEqual([]);
    expect(await store.readAll({ maxCount: 0 })).toEqual([]);
    expect(stub.subscriptions).toHaveLength(0);
  });

  it('gives the position of our last event as the head', async () => {
    expect(await store.headPosition()).toBe(50n);
  });

  it('pages back past long runs of system events, and is -1 when there is none of ours', async () => {
    const system: AllStreamResolvedEvent[] = Array.from({ length: 150 }, (_, i) =>
      systemEvent(100n + BigInt(i)),
    );
    stub.log.push(...system);
    expect(await store.headPosition()).toBe(50n);
    stub.log.splice(0, stub.log.length, ...system);
    expect(await store.headPosition()).toBe(-1n);
  });

  it('closes its subscriptions and disposes of the client on close', async () => {
    stub.onSubscribe = () => undefined;
    const subscription = store.subscribe({ from: 'start' });
    const next = subscription[Symbol.asyncIterator]().next();
    await new Promise((resolve) => setImmediate(resolve));
    await store.close();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(stub.subscriptions[0].unsubscribed).toBe(true);
    expect(stub.disposed).toBe(true);
  });
});
