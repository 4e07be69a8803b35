import { setTimeout as sleep } from 'node:timers/promises';
import { appendEvents, defaultNotifyChannel, EventStore, openPgEventStore } from '@hstf/event-store';
import { newEvent, uniqueTag } from '../conformance/conformance-context';
import { SubscriptionReader } from '../conformance/subscription-reader';
import { createTestDatabase, TestDatabase } from '../helpers/postgres';
import { HeldTransaction } from './held-transaction';

/**
 * The sequence-gap problem (see libs/event-store/src/postgres/visible-horizon.ts): an append that started
 * first but commits last must still reach a subscriber that already saw the appends committed after it.
 */
describe('PostgreSQL: an append that commits late', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase('late_commit');
    store = await openPgEventStore({ pool: { connectionString: database.connectionString } });
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('is delivered to a live subscriber, once, before what committed while it was open', async () => {
    const tag = uniqueTag();
    const reader = new SubscriptionReader(store.subscribe({ filter: { streamPrefixes: [tag] } }));
    // The subscriber keeps reading all along, as the relay does, and so sees every commit as it happens.
    const delivery = reader.take(4, 15_000);
    const late = await HeldTransaction.begin(database.connectionString);
    const lateEvent = newEvent('DirectiveIssued');
    const held = await appendEvents(
      late.sql,
      `${tag}-directive-1`,
      [lateEvent],
      'no_stream',
      defaultNotifyChannel,
    );
    expect(held.kind).toBe('appended');

    const others = [newEvent('TaskingAssigned'), newEvent('TaskingAccepted'), newEvent('CommitmentPledged')];
    await store.append(`${tag}-tasking-1`, [others[0]], 'no_stream');
    await store.append(`${tag}-tasking-1`, [others[1]], 0n);
    await store.append(`${tag}-commitment-1`, [others[2]], 'no_stream');
    await sleep(500);
    // Committed, yet held back: releasing them now would move the subscriber past the late append.
    expect(await store.readAll({ filter: { streamPrefixes: [tag] } })).toEqual([]);

    await late.commit();
    const delivered = await delivery;
    expect(delivered.map((event) => event.id)).toEqual([lateEvent, ...others].map((event) => event.id));
    const positions = delivered.map((event) => event.globalPosition);
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    expect(await reader.nothingWithin(300)).toBe(true);
    expect((await store.readAll({ filter: { streamPrefixes: [tag] } })).map((event) => event.id)).toEqual(
      delivered.map((event) => event.id),
    );
    await reader.subscription.close();
  }, 30_000);

  it('keeps the order of its stream when the next append to that stream waits for it', async () => {
    const tag = uniqueTag();
    const streamId = `${tag}-tasking-1`;
    const reader = new SubscriptionReader(store.subscribe({ filter: { streamPrefixes: [tag] } }));
    const late = await HeldTransaction.begin(database.connectionString);
    const first = newEvent('TaskingAssigned');
    await appendEvents(late.sql, streamId, [first], 'no_stream', defaultNotifyChannel);

    const second = newEvent('TaskingAccepted');
    const waiting = store.append(streamId, [second], 'any');
    expect(await reader.nothingWithin(300)).toBe(true);
    await late.commit();
    expect(await waiting).toMatchObject({ nextExpectedRevision: 1n });

    const delivered = await reader.take(2);
    expect(delivered.map((event) => [event.id, event.streamPosition])).toEqual([
      [first.id, 0n],
      [second.id, 1n],
    ]);
    expect(delivered[1].globalPosition).toBeGreaterThan(delivered[0].globalPosition);
    await reader.subscription.close();
  }, 30_000);

  it('leaves no trace when it rolls back, and holds nothing back afterwards', async () => {
    const tag = uniqueTag();
    const reader = new SubscriptionReader(store.subscribe({ filter: { streamPrefixes: [tag] } }));
    const late = await HeldTransaction.begin(database.connectionString);
    await appendEvents(
      late.sql,
      `${tag}-directive-1`,
      [newEvent('DirectiveIssued')],
      'any',
      defaultNotifyChannel,
    );
    const kept = newEvent('DirectiveIssued');
    await store.append(`${tag}-directive-2`, [kept], 'no_stream');
    await late.rollback();
    expect((await reader.take(1)).map((event) => event.id)).toEqual([kept.id]);
    expect(await reader.nothingWithin(300)).toBe(true);
    await reader.subscription.close();
  }, 30_000);
});
