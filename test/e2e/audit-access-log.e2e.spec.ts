import { accessStreamId } from '@hstf/audit';
import { startTestApi, TestApi } from '../helpers/test-api';
import { client, ROLE_TOKENS, Scenario, texasScenario } from '../integration/audit/audit-scenario';

jest.setTimeout(60_000);

let api: TestApi;
let tokens: Record<string, string>;
let scenario: Scenario;
let started: string;

interface Record_ {
  readonly at: string;
  readonly component: string;
  readonly type: string;
  readonly subject?: string;
  readonly outcome: string;
  readonly action?: string;
  readonly command?: string;
  readonly commandId?: string;
  readonly clientRequestId?: string;
  readonly status?: number;
  readonly code?: string;
  readonly reason?: string;
  readonly request: string;
}

beforeAll(async () => {
  api = await startTestApi();
  tokens = await ROLE_TOKENS(api);
  started = new Date(Date.now() - 1000).toISOString();
  scenario = await texasScenario(api, tokens);
  const { send } = client(api, tokens);
  // A DEA liaison may not acknowledge a directive not addressed to the DEA: a refused command, answered as
  // if the directive did not exist, since the DEA may not read it.
  tokens.DEA = await api.token('liaison', { agency: 'DEA', sub: 'liaison.dea@test' });
  expect(
    (await send('post', `/directives/${scenario.directiveId}/acknowledgements`, 'DEA').send({})).status,
  ).toBe(404);
  // A body the route refuses before the command path takes it: still a command record, named by its row.
  expect(
    (await send('post', `/directives/${scenario.directiveId}/rescission`, 'operator').send({ reason: 7 }))
      .status,
  ).toBe(400);
  // A forged token: refused before anything else.
  expect((await api.http().get('/directives').set('authorization', 'Bearer not.a.token')).status).toBe(401);
}, 120_000);

afterAll(() => api?.close());

async function records(query: string): Promise<Record_[]> {
  const { send, ok } = client(api, tokens);
  return (await ok(send('get', `/audit/access?from=${started}&limit=5000&${query}`, 'auditor'))).body.records;
}

describe('the access audit (CJIS 5.4.1.1)', () => {
  it('records every command with its outcome, command name and ids', async () => {
    const commands = await records('type=command');
    const issue = commands.find((r) => r.command === 'IssueDirective');
    expect(issue).toMatchObject({
      component: 'api',
      subject: 'op-1@test',
      outcome: 'success',
      action: 'POST /directives',
      status: 201,
      clientRequestId: scenario.clientRequestId,
    });
    const [issued] = (
      await client(api, tokens).ok(
        client(api, tokens).send('get', `/audit/streams/directive-${scenario.directiveId}`, 'auditor'),
      )
    ).body.events;
    expect(issue?.commandId).toBe(issued.commandId);
    expect(commands.find((r) => r.subject === 'liaison.dea@test')).toMatchObject({
      outcome: 'failure',
      action: 'POST /directives/:id/acknowledgements',
      command: 'AcknowledgeDirective',
      status: 404,
    });
  });

  it('records a command refused before its path under its registered type, with the field at fault', async () => {
    const refused = (await records('type=command&outcome=failure')).filter(
      (r) => r.action === 'POST /directives/:id/rescission',
    );
    expect(refused).toEqual([
      expect.objectContaining({
        command: 'RescindDirective',
        subject: 'op-1@test',
        status: 400,
        reason: expect.stringContaining('reason'),
      }),
    ]);
  });

  it('records the changes of who may do what as permission changes', async () => {
    const changes = await records('type=permission-change');
    expect(changes.map((r) => [r.action, r.outcome, r.status])).toEqual([
      ['POST /task-forces', 'success', 201],
      ['POST /task-forces/:state/members', 'success', 201],
    ]);
  });

  it('records tokens accepted with the user, and refused with the reason but no identity', async () => {
    const refused = await records('type=token-refused');
    expect(refused).toEqual([expect.objectContaining({ outcome: 'failure', reason: expect.any(String) })]);
    expect(refused[0]).not.toHaveProperty('subject');
    const accepted = await records('type=token-accepted&subject=liaison.fbi@test');
    expect(accepted.length).toBeGreaterThanOrEqual(3);
    expect(accepted.every((r) => r.outcome === 'success' && r.component === 'api')).toBe(true);
  });

  it('ties a token decision to the command it let through by the request id', async () => {
    const [refusal] = (await records('type=command&outcome=failure')).filter(
      (r) => r.subject === 'liaison.dea@test',
    );
    const sameRequest = (await records('subject=liaison.dea@test')).filter(
      (r) => r.request === refusal.request,
    );
    expect(sameRequest.map((r) => r.type)).toEqual(['token-accepted', 'command']);
  });

  it("stores a command's token decision and then its record, both before the answer", async () => {
    const { send } = client(api, tokens);
    const answered = await send('post', `/directives/${scenario.directiveId}/acknowledgements`, 'DEA').send(
      {},
    );
    expect(answered.status).toBe(404);
    const request = String(answered.headers['x-correlation-id']);
    const stream = accessStreamId(new Date().toISOString());
    // Read without waiting: both records were stored before the answer left.
    const mine = (await api.store.readStream(stream)).filter((e) => e.metadata.correlationId === request);
    expect(mine.map((e) => (e.data as Record_).type)).toEqual(['token-accepted', 'command']);
    // The decision was stored before the command was decided: an append of its own, at a lower position.
    expect(mine[0].globalPosition >> 16n).toBeLessThan(mine[1].globalPosition >> 16n);
  });

  it('records audit reads, and pages with a cursor', async () => {
    await records('type=audit-read');
    const reads = await records('type=audit-read&subject=aud-1@test');
    expect(reads[0]).toMatchObject({ outcome: 'success', action: 'GET /audit/access', status: 200 });
    const { send, ok } = client(api, tokens);
    const first = (await ok(send('get', `/audit/access?from=${started}&limit=2`, 'auditor'))).body;
    expect(first.records).toHaveLength(2);
    const second = (
      await ok(send('get', `/audit/access?from=${started}&limit=2&cursor=${first.next}`, 'auditor'))
    ).body;
    expect(second.records[0].id).not.toBe(first.records[1].id);
    expect(Number(second.records[0].revision)).toBe(Number(first.records[1].revision) + 1);
  });

  it('keeps its records hash-chained in day streams that verify', async () => {
    const [one] = await records('type=token-refused');
    const { send, ok } = client(api, tokens);
    const verified = (
      await ok(
        send('get', `/audit/verify?stream=${(one as unknown as { streamId: string }).streamId}`, 'auditor'),
      )
    ).body;
    expect(verified).toMatchObject({ ok: true });
  });

  it('refuses a period that ends before it starts', async () => {
    const { send } = client(api, tokens);
    const response = await send(
      'get',
      '/audit/access?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z',
      'auditor',
    );
    expect(response.status).toBe(400);
  });
});
