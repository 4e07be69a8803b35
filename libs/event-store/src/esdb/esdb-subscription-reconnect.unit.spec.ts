import { AccessDeniedError, UnavailableError } from '@eventstore/db-client';
import type { StubSubscription } from './esdb-client.stub';
import { event, subscriptionHarness } from './subscription.harness';

describe('EsdbEventStore subscription reconnect', () => {
  let h: ReturnType<typeof subscriptionHarness>;
  beforeEach(() => (h = subscriptionHarness()));
  afterEach(() => h.store.close());

  it('reconnects after a transient error from the last event it gave out, without repeats', async () => {
    h.script(
      (s) => {
        s.deliver(event(10n), event(20n));
        setImmediate(() => s.destroy(new UnavailableError()));
      },
      (s) => s.deliver(event(20n), event(30n)),
    );
    const iterator = h.store.subscribe()[Symbol.asyncIterator]();
    expect(await h.take(iterator, 3)).toEqual([10n, 20n, 30n]);
    expect(h.stub.subscriptions[1].options.fromPosition).toEqual({ commit: 20n, prepare: 20n });
    expect(h.onReconnect).toHaveBeenCalledWith(expect.any(UnavailableError), 1, expect.any(Number));
  });

  it('resumes from a server checkpoint past filtered-out events', async () => {
    h.script(
      async (s) => {
        s.deliver(event(10n));
        await s.checkpoint({ commit: 500n, prepare: 500n });
        s.end();
      },
      (s) => s.deliver(event(600n)),
    );
    const iterator = h.store
      .subscribe({ filter: { streamPrefixes: ['directive-'] } })
      [Symbol.asyncIterator]();
    expect(await h.take(iterator, 2)).toEqual([10n, 600n]);
    expect(h.stub.subscriptions[1].options.fromPosition).toEqual({ commit: 500n, prepare: 500n });
  });

  it('never moves past an event it has not given out, even behind a later checkpoint', async () => {
    h.script(
      async (s) => {
        s.deliver(event(10n), event(20n));
        await s.checkpoint({ commit: 500n, prepare: 500n });
      },
      (s) => s.deliver(event(20n)),
    );
    const iterator = h.store.subscribe()[Symbol.asyncIterator]();
    expect(await h.take(iterator, 1)).toEqual([10n]);
    h.stub.subscriptions[0].destroy(new UnavailableError());
    expect(await h.take(iterator, 1)).toEqual([20n]);
    expect(h.stub.subscriptions[1].options.fromPosition).toEqual({ commit: 10n, prepare: 10n });
  });

  it('surfaces an error that a retry would not fix', async () => {
    h.script((s) => s.destroy(new AccessDeniedError()));
    await expect(h.store.subscribe()[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(h.stub.subscriptions).toHaveLength(1);
  });

  it('gives up after the allowed consecutive failures', async () => {
    const fail = (s: StubSubscription) => s.destroy(new UnavailableError());
    h.script(fail, fail, fail);
    await expect(h.store.subscribe()[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(UnavailableError);
    expect(h.stub.subscriptions).toHaveLength(3);
  });

  it('resumes from a checkpoint between records exactly, and delivers the event that starts there', async () => {
    h.script(
      async (s: StubSubscription) => {
        s.deliver(event(10n));
        await s.checkpoint({ commit: 500n, prepare: 0n });
        s.end();
      },
      (s: StubSubscription) => s.deliver(event(500n)),
    );
    const iterator = h.store.subscribe()[Symbol.asyncIterator]();
    expect(await h.take(iterator, 2)).toEqual([10n, 500n]);
    expect(h.stub.subscriptions[1].options.fromPosition).toEqual({ commit: 500n, prepare: 0n });
  });

  it('retries finding the end of $all when the server cannot be reached at first', async () => {
    h.stub.log.push(event(10n));
    const readAll = h.stub.readAll.bind(h.stub);
    let calls = 0;
    h.stub.readAll = (options) => {
      if ((calls += 1) === 1) throw new UnavailableError();
      return readAll(options);
    };
    const next = h.store.subscribe({ from: 'end' })[Symbol.asyncIterator]().next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    h.stub.subscriptions[0].deliver(event(20n));
    expect((await next).value).toMatchObject({ globalPosition: 20n });
    expect(h.stub.subscriptions[0].options.fromPosition).toEqual({ commit: 10n, prepare: 10n });
  });
});
