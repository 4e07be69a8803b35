import { join } from 'node:path';
import { Client } from 'pg';
import { CheckpointWriter, loadOrCreateAuditKey } from '@hstf/audit';
import { createTestDatabase, TestDatabase } from '../helpers/postgres';
import { startTestApi, TestApi } from '../helpers/test-api';
import { client, ROLE_TOKENS, Scenario, texasScenario } from '../integration/audit/audit-scenario';

jest.setTimeout(60_000);

let database: TestDatabase;
let api: TestApi;
let tokens: Record<string, string>;
let scenario: Scenario;

beforeAll(async () => {
  database = await createTestDatabase('audit_tamper');
  api = await startTestApi({ HSTF_EVENT_STORE: 'postgres', DATABASE_URL: database.connectionString });
  tokens = await ROLE_TOKENS(api);
  scenario = await texasScenario(api, tokens);
  const key = await loadOrCreateAuditKey(join(api.dataDir, 'keys', 'audit-ed25519.pem'));
  await new CheckpointWriter(api.store, key, { sub: 'test', role: 'system' }).write();
}, 120_000);

afterAll(async () => {
  await api?.close();
  await database?.drop();
});

const read = async (path: string) => {
  const { send, ok } = client(api, tokens);
  return (await ok(send('get', path, 'auditor'))).body;
};

/** Flips one bit of one character of the event's stored data, in PostgreSQL itself. */
async function flipOneByte(eventId: string, field: string): Promise<void> {
  const sql = new Client({ connectionString: database.connectionString });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ value: string }>(
      'SELECT data->>$2 AS value FROM es_events WHERE event_id = $1',
      [eventId, field],
    );
    const value = rows[0].value;
    const flipped = String.fromCharCode(value.charCodeAt(0) ^ 0x01) + value.slice(1);
    const updated = await sql.query(
      'UPDATE es_events SET data = jsonb_set(data, ARRAY[$2], to_jsonb($3::text)) WHERE event_id = $1',
      [eventId, field, flipped],
    );
    expect(updated.rowCount).toBe(1);
  } finally {
    await sql.end();
  }
}

describe('tamper evidence on PostgreSQL', () => {
  it('verifies before, and fails at exactly the event whose byte was flipped after', async () => {
    const stream = `tasking-${scenario.taskingId}`;
    expect(await read(`/audit/verify?stream=${stream}`)).toMatchObject({ ok: true, checked: 3 });
    const before = await read('/audit/verify');
    expect(before).toMatchObject({ ok: true, breaks: [], checkpoints: { verified: 1, failures: [] } });

    const { events } = await read(`/audit/streams/${stream}`);
    const progress = events.find((e: { type: string }) => e.type === 'TaskingProgressReported');
    await flipOneByte(progress.id, 'summary');

    expect(await read(`/audit/verify?stream=${stream}`)).toEqual({
      streamId: stream,
      ok: false,
      checked: 2,
      streamPosition: '2',
      globalPosition: progress.globalPosition,
      eventId: progress.id,
      code: 'hash',
      reason: 'hash does not match the content: data or metadata was modified',
    });
    const after = await read('/audit/verify');
    expect(after.ok).toBe(false);
    expect(after.breaks).toEqual([
      {
        streamId: stream,
        streamPosition: '2',
        globalPosition: progress.globalPosition,
        eventId: progress.id,
        code: 'hash',
        reason: 'hash does not match the content: data or metadata was modified',
      },
    ]);
    // The signed checkpoint covered that event: it no longer holds either.
    expect(after.checkpoints).toMatchObject({
      verified: 0,
      failures: [expect.objectContaining({ reason: expect.stringContaining('no longer hashes') })],
    });
    // Every other stream still verifies.
    expect(await read(`/audit/verify?stream=directive-${scenario.directiveId}`)).toMatchObject({ ok: true });
  });
});
