import { END } from '@eventstore/db-client';
import { event, subscriptionHarness, tick } from './subscription.harness';

describe('EsdbEventStore subscribe', () => {
  let h: ReturnType<typeof subscriptionHarness>;
  beforeEach(() => (h = subscriptionHarness()));
  afterEach(() => h.store.close());

  it('catches up, then delivers live events', async () => {
    h.stub.log.push(event(10n), event(20n));
    const iterator = h.store.subscribe({ from: 'start' })[Symbol.asyncIterator]();
    expect(await h.take(iterator, 2)).toEqual([10n, 20n]);
    h.stub.subscriptions[0].deliver(event(30n));
    expect(await h.take(iterator, 1)).toEqual([30n]);
  });

  it('starts after a checkpoint, or after the head for "end"', async () => {
    h.stub.log.push(event(10n), event(20n));
    const fromCheckpoint = h.store.subscribe({ from: 10n, filter: { eventTypePrefixes: ['Directive'] } });
    expect(await h.take(fromCheckpoint[Symbol.asyncIterator](), 1)).toEqual([20n]);
    expect(h.stub.subscriptions[0].options).toMatchObject({
      fromPosition: { commit: 10n, prepare: 10n },
      filter: { filterOn: 'eventType', prefixes: ['Directive'] },
    });
    void h.store.subscribe({ from: 'end' })[Symbol.asyncIterator]().next();
    await tick();
    expect(h.stub.subscriptions[1].options.fromPosition).toEqual({ commit: 20n, prepare: 20n });
    expect(h.stub.subscriptions[1].options.fromPosition).not.toBe(END);
  });

  it('ends the iteration on close while waiting for live events, and unsubscribes', async () => {
    const subscription = h.store.subscribe();
    const next = subscription[Symbol.asyncIterator]().next();
    await tick();
    await subscription.close();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(h.stub.subscriptions[0].unsubscribed).toBe(true);
  });

  it('ends a second iteration once a loop has broken out, and refuses two loops at once', async () => {
    h.stub.log.push(event(10n), event(20n));
    const subscription = h.store.subscribe();
    for await (const delivered of subscription) {
      expect(delivered.globalPosition).toBe(10n);
      break;
    }
    expect(await subscription[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
    const busy = h.store.subscribe();
    void busy[Symbol.asyncIterator]().next();
    await expect(busy[Symbol.asyncIterator]().next()).rejects.toThrow(/already being iterated/);
  });
});
