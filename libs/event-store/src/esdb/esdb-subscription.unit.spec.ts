import { AccessDeniedError, END, UnavailableError } from '@eventstore/db-client';
import type { RecordedEvent } from '../port';
import { StubEsdbClient, type StubSubscription } from './esdb-client.stub';
import { EsdbEventStore } from './esdb-event-store';
import { esdbEvent } from './esdb-event.fixture';

const event = (position: bigint) =>
  esdbEvent({ streamId: `directive-${position}`, revision: 0n, type: 'DirectiveIssued', position });
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('EsdbEventStore subscribe', () => {
  let stub: StubEsdbClient;
  let store: EsdbEventStore;
  const onReconnect = jest.fn();
  beforeEach(() => {
    stub = new StubEsdbClient();
    onReconnect.mockClear();
    store = new EsdbEventStore(stub.asClient(), {
      initialDelayMs: 1,
      maxDelayMs: 1,
      maxAttempts: 2,
      onReconnect,
    });
  });
  afterEach(() => store.close());

  /** Each connection of the subscription is driven by the next script, in order. */
  const script = (...connections: ((s: StubSubscription) => unknown)[]) => {
    stub.onSubscribe = (s) => void connections.shift()?.(s);
  };
  const take = async (iterator: AsyncIterator<RecordedEvent>, count: number) => {
    const positions: bigint[] = [];
    for (let i = 0; i < count; i++)
      positions.push(((await iterator.next()).value as RecordedEvent).globalPosition);
    return positions;
  };

  it('catches up, then delivers live events', async () => {
    stub.log.push(event(10n), event(20n));
    const iterator = store.subscribe({ from: 'start' })[Symbol.asyncIterator]();
    expect(await take(iterator, 2)).toEqual([10n, 20n]);
    stub.subscriptions[0].deliver(event(30n));
    expect(await take(iterator, 1)).toEqual([30n]);
  });

  it('starts after a checkpoint, or after the head for "end"', async () => {
    stub.log.push(event(10n), event(20n));
    const fromCheckpoint = store.subscribe({ from: 10n, filter: { eventTypePrefixes: ['Directive'] } });
    expect(await take(fromCheckpoint[Symbol.asyncIterator](), 1)).toEqual([20n]);
    expect(stub.subscriptions[0].options).toMatchObject({
      fromPosition: { commit: 10n, prepare: 10n },
      filter: { filterOn: 'eventType', prefixes: ['Directive'] },
    });
    void store.subscribe({ from: 'end' })[Symbol.asyncIterator]().next();
    await tick();
    expect(stub.subscriptions[1].options.fromPosition).toEqual({ commit: 20n, prepare: 20n });
    expect(stub.subscriptions[1].options.fromPosition).not.toBe(END);
  });

  it('reconnects after a transient error from the last event it gave out, without repeats', async () => {
    script(
      (s) => {
        s.deliver(event(10n), event(20n));
        setImmediate(() => s.destroy(new UnavailableError()));
      },
      (s) => s.deliver(event(20n), event(30n)),
    );
    const iterator = store.subscribe()[Symbol.asyncIterator]();
    expect(await take(iterator, 3)).toEqual([10n, 20n, 30n]);
    expect(stub.subscriptions[1].options.fromPosition).toEqual({ commit: 20n, prepare: 20n });
    expect(onReconnect).toHaveBeenCalledWith(expect.any(UnavailableError), 1, expect.any(Number));
  });

  it('resumes from a server checkpoint past filtered-out events', async () => {
    script(
      async (s) => {
        s.deliver(event(10n));
        await s.checkpoint({ commit: 500n, prepare: 500n });
        s.end();
      },
      (s) => s.deliver(event(600n)),
    );
    const iterator = store.subscribe({ filter: { streamPrefixes: ['directive-'] } })[Symbol.asyncIterator]();
    expect(await take(iterator, 2)).toEqual([10n, 600n]);
    expect(stub.subscriptions[1].options.fromPosition).toEqual({ commit: 500n, prepare: 500n });
  });

  it('never moves past an event it has not given out, even behind a later checkpoint', async () => {
    script(
      async (s) => {
        s.deliver(event(10n), event(20n));
        await s.checkpoint({ commit: 500n, prepare: 500n });
      },
      (s) => s.deliver(event(20n)),
    );
    const iterator = store.subscribe()[Symbol.asyncIterator]();
    expect(await take(iterator, 1)).toEqual([10n]);
    stub.subscriptions[0].destroy(new UnavailableError());
    expect(await take(iterator, 1)).toEqual([20n]);
    expect(stub.subscriptions[1].options.fromPosition).toEqual({ commit: 10n, prepare: 10n });
  });

  it('surfaces an error that a retry would not fix', async () => {
    script((s) => s.destroy(new AccessDeniedError()));
    await expect(store.subscribe()[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(AccessDeniedError);
    expect(stub.subscriptions).toHaveLength(1);
  });

  it('gives up after the allowed consecutive failures', async () => {
    const fail = (s: StubSubscription) => s.destroy(new UnavailableError());
    script(fail, fail, fail);
    await expect(store.subscribe()[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(UnavailableError);
    expect(stub.subscriptions).toHaveLength(3);
  });

  it('ends the iteration on close while waiting for live events, and unsubscribes', async () => {
    const subscription = store.subscribe();
    const next = subscription[Symbol.asyncIterator]().next();
    await tick();
    await subscription.close();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(stub.subscriptions[0].unsubscribed).toBe(true);
  });
});
