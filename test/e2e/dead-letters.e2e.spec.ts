import { randomUUID } from 'node:crypto';
import { chainEvents, GENESIS_HASH, toNewEvent } from '@hstf/contracts';
import type { EventStore } from '@hstf/event-store';
import { startTestApi, TestApi } from '../helpers/test-api';
import { ok } from '../helpers/e2e';

/**
 * One event the read models cannot store must not stall them: later commands are read with minPosition
 * as usual, /health says degraded naming the event, and /metrics counts it. The poison is a directive
 * with a deadline in year 0, which PostgreSQL's timestamptz has no room for. Earlier builds accepted it
 * from the API; the domain now refuses it, so it is appended here as the store of such a build holds it.
 */
jest.setTimeout(60_000);

async function appendPoisonDirective(store: EventStore): Promise<string> {
  const directiveId = randomUUID();
  const commandId = randomUUID();
  const streamId = `directive-${directiveId}`;
  const [event] = chainEvents(GENESIS_HASH, 0n, [
    {
      id: randomUUID(),
      type: 'DirectiveIssued',
      schemaVersion: 1,
      streamId,
      data: {
        ...directive('Directive from year zero', '0000-01-01T00:00:00.000Z', '0000-01-02T00:00:00.000Z'),
        directiveId,
        issuedAt: '2026-11-30T09:00:00.000Z',
        revision: 1,
      },
      metadata: {
        actor: { sub: 'operator@earlier-build', role: 'operator' },
        commandId,
        correlationId: commandId,
        causationId: commandId,
        occurredAt: '2026-11-30T09:00:00.000Z',
        scope: { states: ['TX'], agencies: ['FBI'] },
      },
    },
  ]);
  const { position } = await store.append(streamId, [toNewEvent(event)], 'no_stream');
  return String(position);
}

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

const directive = (title: string, effectiveAt: string, acknowledgeBy: string) => ({
  title,
  body: 'Coordinate interdiction at Laredo; report daily.',
  priority: 'priority',
  addressees: { states: ['TX'], agencies: ['FBI'] },
  authority: 'EO 14159 sec. 3(b)',
  effectiveAt,
  acknowledgeBy,
});

describe('a read model that meets an event it cannot apply', () => {
  let api: TestApi;
  let operator: string;
  let supervisor: string;
  let poisonPosition: string;
  let laterPosition: string;

  beforeAll(async () => {
    api = await startTestApi({ HSTF_READ_WAIT_MS: '5000' });
    operator = await api.token('operator');
    supervisor = await api.token('supervisor');
    const issue = (body: object) =>
      ok(api.http().post('/directives').set('authorization', `Bearer ${operator}`).send(body));
    poisonPosition = await appendPoisonDirective(api.store);
    const later = await issue(directive('Surge on I-35 smuggling corridors', inDays(1), inDays(3)));
    laterPosition = later.body.position;
  }, 60_000);

  afterAll(() => api?.close());

  const get = (path: string) => api.http().get(path).set('authorization', `Bearer ${supervisor}`);

  it('answers the boards and lists with minPosition of a later command, 200', async () => {
    const listed = await get(`/directives?addressee=FBI&minPosition=${laterPosition}`).expect(200);
    expect(listed.body.items.map((d: { title: string }) => d.title)).toEqual([
      'Surge on I-35 smuggling corridors',
    ]);
    await get(`/overview?minPosition=${laterPosition}`).expect(200);
    await get(`/task-forces/TX/board?minPosition=${laterPosition}`).expect(200);
    await get(`/taskings?minPosition=${laterPosition}`).expect(200);
    const inbox = await get(`/agencies/FBI/inbox?minPosition=${laterPosition}`).expect(200);
    expect(JSON.stringify(inbox.body)).toContain('Surge on I-35 smuggling corridors');
  });

  it('says degraded on /health, still 200, naming the dead-lettered event', async () => {
    const health = await api.http().get('/health').expect(200);
    expect(health.body.status).toBe('degraded');
    expect(health.body.info.readModels.deadLetters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          projection: 'state_board',
          position: poisonPosition,
          type: 'DirectiveIssued',
          error: expect.stringContaining('out of range'),
        }),
      ]),
    );
    expect(health.body.info.readModels.projections.state_board.deadLetters).toBe(1);
  });

  it('counts it on /metrics', async () => {
    const metrics = await api.http().get('/metrics').expect(200);
    expect(metrics.text).toContain('hstf_projection_dead_letters_total{projection="state_board"} 1');
    expect(metrics.text).toContain('hstf_projection_dead_letters_unresolved{projection="state_board"} 1');
  });
});
