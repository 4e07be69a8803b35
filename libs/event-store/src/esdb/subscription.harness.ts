import type { RecordedEvent } from '../port';
import { StubEsdbClient, type StubSubscription } from './esdb-client.stub';
import { EsdbEventStore } from './esdb-event-store';
import { esdbEvent } from './esdb-event.fixture';

export const event = (position: bigint) =>
  esdbEvent({ streamId: `directive-${position}`, revision: 0n, type: 'DirectiveIssued', position });

export const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A store on a stub client, reconnecting at once and giving up after two consecutive failures. */
export function subscriptionHarness() {
  const stub = new StubEsdbClient();
  const onReconnect = jest.fn();
  const store = new EsdbEventStore(stub.asClient(), {
    initialDelayMs: 1,
    maxDelayMs: 1,
    maxAttempts: 2,
    onReconnect,
  });
  return {
    stub,
    store,
    onReconnect,
    /** Each connection of the subscription is driven by the next script, in order. */
    script(...connections: ((s: StubSubscription) => unknown)[]) {
      stub.onSubscribe = (s) => void connections.shift()?.(s);
    },
    async take(iterator: AsyncIterator<RecordedEvent>, count: number) {
      const positions: bigint[] = [];
      for (let i = 0; i < count; i++)
        positions.push(((await iterator.next()).value as RecordedEvent).globalPosition);
      return positions;
    },
  };
}
