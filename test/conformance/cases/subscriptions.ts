import { setTimeout as sleep } from 'node:timers/promises';
import { ConformanceContext, newEvents, uniqueTag } from '../conformance-context';
import { SubscriptionReader } from '../subscription-reader';

// A subscription from 'end' settles asynchronously (the store is asked where its end is); appends made
// during that moment may fall on either side, so the test waits this long before appending.
const settleMs = 500;

export function subscriptionCases(context: ConformanceContext): void {
  describe('subscriptions', () => {
    it('catch up from the start, then deliver live events, until closed', async () => {
      const tag = uniqueTag();
      const old = [...newEvents(2, 'Issued'), ...newEvents(1, 'Amended')];
      await context.store().append(`${tag}-directive`, old, 'no_stream');
      const reader = new SubscriptionReader(context.store().subscribe({ filter: { streamPrefixes: [tag] } }));
      expect((await reader.take(3)).map((event) => event.id)).toEqual(old.map((event) => event.id));
      const live = newEvents(2, 'Acknowledged');
      await context.store().append(`${tag}-directive`, live, 2n);
      expect((await reader.take(2)).map((event) => event.id)).toEqual(live.map((event) => event.id));
      await reader.subscription.close();
      await reader.end();
    });

    it('start after a checkpoint in the middle', async () => {
      const tag = uniqueTag();
      await context.store().append(`${tag}-tasking`, newEvents(5, 'ProgressReported'), 'no_stream');
      const stored = await context.store().readAll({ filter: { streamPrefixes: [tag] } });
      const reader = new SubscriptionReader(
        context.store().subscribe({ from: stored[1].globalPosition, filter: { streamPrefixes: [tag] } }),
      );
      const caughtUp = await reader.take(3);
      expect(caughtUp.map((event) => event.streamPosition)).toEqual([2n, 3n, 4n]);
      await context.store().append(`${tag}-tasking`, newEvents(1, 'Completed'), 4n);
      expect((await reader.take(1))[0]).toMatchObject({ type: 'Completed', streamPosition: 5n });
      await reader.subscription.close();
    });

    it("from 'end' deliver only what is appended afterwards", async () => {
      const tag = uniqueTag();
      await context.store().append(`${tag}-commitment`, newEvents(2, 'Pledged'), 'no_stream');
      const reader = new SubscriptionReader(
        context.store().subscribe({ from: 'end', filter: { streamPrefixes: [tag] } }),
      );
      await sleep(settleMs);
      const live = newEvents(2, 'Delivered');
      await context.store().append(`${tag}-commitment`, live, 1n);
      expect((await reader.take(2)).map((event) => event.id)).toEqual(live.map((event) => event.id));
      expect(await reader.nothingWithin(300)).toBe(true);
      await reader.subscription.close();
      await reader.end();
    });

    it('end an iteration that is waiting for live events when closed', async () => {
      const subscription = context
        .store()
        .subscribe({ from: 'end', filter: { streamPrefixes: [uniqueTag()] } });
      const reader = new SubscriptionReader(subscription);
      expect(await reader.nothingWithin(200)).toBe(true);
      await subscription.close();
      await reader.end();
    });

    it('close when a for-await loop breaks out', async () => {
      const tag = uniqueTag();
      await context.store().append(`${tag}-report`, newEvents(3, 'Tallied'), 'no_stream');
      const subscription = context.store().subscribe({ filter: { streamPrefixes: [tag] } });
      let seen = 0;
      for await (const event of subscription) {
        seen += 1;
        if (event.streamPosition === 1n) break;
      }
      expect(seen).toBe(2);
      await new SubscriptionReader(subscription).end();
    });
  });
}
