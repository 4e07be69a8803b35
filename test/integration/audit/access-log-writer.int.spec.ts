import { AccessLogWriter, AccessRecord, accessStreamId, verifyStream } from '@hstf/audit';
import { EventStore, openPgEventStore } from '@hstf/event-store';
import { createTestDatabase, TestDatabase } from '../../helpers/postgres';

jest.setTimeout(60_000);

let database: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  database = await createTestDatabase('audit_access');
  store = await openPgEventStore({ pool: { connectionString: database.connectionString, max: 8 } });
});

afterAll(async () => {
  await store?.close();
  await database?.drop();
});

const record = (subject: string, at: string): AccessRecord => ({
  at,
  component: 'api',
  type: 'token-accepted',
  subject,
  outcome: 'success',
});

describe('the access log writer', () => {
  it('groups concurrent records and keeps one chain when two processes write the same day', async () => {
    const at = '2026-03-01T12:00:00.000Z';
    const api = new AccessLogWriter(store);
    const replica = new AccessLogWriter(store);
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => [
        api.write(record(`user-${i}`, at), `request-${i}`),
        replica.write(record(`replica-user-${i}`, at), `replica-request-${i}`),
      ]).flat(),
    );
    const streamId = accessStreamId(at);
    expect(await verifyStream(store, streamId)).toMatchObject({ ok: true, checked: 400 });
    const events = await store.readStream(streamId);
    // Grouped: far fewer appends than records (each append is one transaction id, so one position block).
    const transactions = new Set(events.map((e) => e.globalPosition >> 16n));
    expect(transactions.size).toBeLessThan(100);
    expect(events.find((e) => (e.data as AccessRecord).subject === 'user-7')?.metadata.correlationId).toBe(
      'request-7',
    );
  });

  it('fails only the record that cannot be stored, never the others written in the same batch', async () => {
    const at = '2026-03-04T12:00:00.000Z';
    const writer = new AccessLogWriter(store);
    const outcomes = await Promise.allSettled([
      writer.write(record('before', at)),
      writer.write({ ...record('x'.repeat(2001), at) }),
      writer.write({ ...record('bad-status', at), status: 9999 }),
      writer.write(record('after', at)),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    const stored = await store.readStream(accessStreamId(at));
    expect(stored.map((e) => (e.data as AccessRecord).subject)).toEqual(['before', 'after']);
  });

  it('writes each record to the stream of its own UTC day', async () => {
    const writer = new AccessLogWriter(store);
    await Promise.all([
      writer.write(record('night', '2026-03-02T23:59:59.999Z')),
      writer.write(record('morning', '2026-03-03T00:00:00.000Z')),
    ]);
    expect(
      (await store.readStream('access-2026-03-02')).map((e) => (e.data as AccessRecord).subject),
    ).toEqual(['night']);
    expect(
      (await store.readStream('access-2026-03-03')).map((e) => (e.data as AccessRecord).subject),
    ).toEqual(['morning']);
  });

  it('fails the caller when its record cannot be stored', async () => {
    const writer = new AccessLogWriter(store);
    const bad = { ...record('x', '2026-03-04T00:00:00.000Z'), outcome: 'maybe' } as unknown as AccessRecord;
    await expect(writer.write(bad)).rejects.toThrow('access record not storable: outcome');
    await expect(writer.write(record('y', '2026-03-04T00:00:00.000Z'))).resolves.toBeUndefined();
  });
});
