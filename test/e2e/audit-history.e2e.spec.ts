import { setTimeout as sleep } from 'node:timers/promises';
import { startTestApi, TestApi } from '../helpers/test-api';
import { client, ROLE_TOKENS, Scenario, texasScenario } from '../integration/audit/audit-scenario';

jest.setTimeout(60_000);

let api: TestApi;
let tokens: Record<string, string>;
let scenario: Scenario;
let beforeScenario: string;
let afterAcceptance: string;

beforeAll(async () => {
  api = await startTestApi();
  tokens = await ROLE_TOKENS(api);
  beforeScenario = new Date().toISOString();
  await sleep(20);
  scenario = await texasScenario(api, tokens);
  afterAcceptance = new Date().toISOString();
}, 120_000);

afterAll(() => api?.close());

const read = async (path: string, as = 'supervisor') => {
  const response = await client(api, tokens).ok(client(api, tokens).send('get', path, as));
  return response.body;
};

const statusOf = (item: { state: unknown }) => (item.state as { status: string }).status;

describe("a stream's full history", () => {
  it('lists every event in order with actor, time, authority, command and correlation ids', async () => {
    const page = await read(`/audit/streams/directive-${scenario.directiveId}`);
    expect(page).toMatchObject({ aggregate: 'directive', fromRevision: '0', next: null });
    expect(page.events).toHaveLength(2);
    const [issued, acknowledged] = page.events;
    expect(issued).toMatchObject({
      revision: '0',
      type: 'DirectiveIssued',
      actor: { sub: 'op-1@test', role: 'operator' },
      authority: 'EO 14159 sec. 3(b)',
      authorityInForce: 'EO 14159 sec. 3(b)',
      correlationId: scenario.correlationId,
      schemaVersion: 1,
      prevHash: '0'.repeat(64),
    });
    expect(issued.commandId).toEqual(expect.any(String));
    // A directive starts its own correlation; what follows on it is caused by its latest event.
    expect(issued.correlationId).toBe(issued.commandId);
    expect(issued.causationId).toBe(issued.commandId);
    expect(Date.parse(issued.recordedAt)).toBeGreaterThan(Date.parse(beforeScenario));
    expect(acknowledged).toMatchObject({
      revision: '1',
      type: 'DirectiveAcknowledged',
      actor: { sub: 'liaison.fbi@test', role: 'liaison', agency: 'FBI' },
      authorityInForce: 'EO 14159 sec. 3(b)',
      prevHash: issued.hash,
    });
    expect(acknowledged).not.toHaveProperty('authority');
    expect(acknowledged).toMatchObject({ correlationId: scenario.correlationId, causationId: issued.id });
    expect(BigInt(acknowledged.globalPosition)).toBeGreaterThan(BigInt(issued.globalPosition));
  });

  it('pages with fromRevision and limit', async () => {
    const first = await read(`/audit/streams/tasking-${scenario.taskingId}?limit=2`);
    expect(first.events.map((e: { type: string }) => e.type)).toEqual(['TaskingAssigned', 'TaskingAccepted']);
    expect(first.next).toBe('2');
    const second = await read(`/audit/streams/tasking-${scenario.taskingId}?fromRevision=2&limit=2`);
    expect(second).toMatchObject({ fromRevision: '2', next: null });
    expect(second.events.map((e: { type: string }) => e.type)).toEqual(['TaskingProgressReported']);
  });

  it('answers 404 for a stream that does not exist and 400 for a bad page', async () => {
    const { send } = client(api, tokens);
    expect((await send('get', '/audit/streams/directive-nope', 'auditor')).status).toBe(404);
    const bad = await send('get', '/audit/streams/taskforce-TX?limit=0', 'auditor');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
    expect((await send('get', '/audit/streams/taskforce-TX?limit=5000', 'auditor')).status).toBe(400);
  });
});

describe('state as of a position or a time', () => {
  it("folds an aggregate's events up to a global position", async () => {
    const asAssigned = await read(
      `/audit/streams/tasking-${scenario.taskingId}/state?atPosition=${scenario.positions.assigned}`,
    );
    expect(asAssigned).toMatchObject({
      aggregate: 'tasking',
      cut: { atPosition: scenario.positions.assigned },
      revision: '0',
      events: 1,
      state: { status: 'assigned', taskForce: 'TX', leadAgency: 'FBI' },
    });
    const now = await read(`/audit/streams/tasking-${scenario.taskingId}/state`);
    expect(now).toMatchObject({ revision: '2', events: 3, state: { status: 'in_progress' } });
  });

  it('is nothing before the first event was recorded', async () => {
    const before = await read(`/audit/streams/taskforce-TX/state?asOf=${beforeScenario}`);
    expect(before).toMatchObject({ revision: null, events: 0, state: { status: 'not_established' } });
  });

  it('refuses both cuts at once, or a time without a zone', async () => {
    const { send } = client(api, tokens);
    const both = await send(
      'get',
      '/audit/streams/taskforce-TX/state?asOf=2026-01-01T00:00:00Z&atPosition=3',
      'auditor',
    );
    expect(both.status).toBe(400);
    expect(
      (await send('get', '/audit/streams/taskforce-TX/state?asOf=2026-01-01T00:00:00', 'auditor')).status,
    ).toBe(400);
    expect((await send('get', '/audit/streams/access-2026-01-01/state', 'auditor')).status).toBe(404);
  });
});

describe("a state's board as the command center knew it", () => {
  it('now: the task force, the directive, the tasking under way and the pledge', async () => {
    const { board } = await read('/audit/task-forces/TX/board');
    expect(board.taskForce).toMatchObject({ streamId: 'taskforce-TX', revision: '1' });
    expect(board.directives.map((d: { streamId: string }) => d.streamId)).toEqual([
      `directive-${scenario.directiveId}`,
    ]);
    expect(board.taskings.map(statusOf)).toEqual(['in_progress']);
    expect(board.commitments.map((c: { streamId: string }) => c.streamId)).toEqual([
      `commitment-${scenario.commitmentId}`,
    ]);
    expect(board.events).toBe(8);
  });

  it('at the position the directive was issued: no tasking, no pledge yet', async () => {
    const answer = await read(`/audit/task-forces/TX/board?atPosition=${scenario.positions.issued}`);
    expect(answer.cut).toEqual({ atPosition: scenario.positions.issued });
    expect(answer.readThrough).toBe(scenario.positions.issued);
    expect(answer.board.directives).toHaveLength(1);
    expect(answer.board.taskings).toEqual([]);
    expect(answer.board.commitments).toEqual([]);
  });

  it('as of a time: what had been recorded by then', async () => {
    const before = await read(`/audit/task-forces/TX/board?asOf=${beforeScenario}`);
    expect(before.board).toMatchObject({
      taskForce: null,
      directives: [],
      taskings: [],
      commitments: [],
      events: 0,
    });
    const after = await read(`/audit/task-forces/TX/board?asOf=${afterAcceptance}`);
    expect(after.board.taskings.map(statusOf)).toEqual(['in_progress']);
  });

  it('gives the same answer from its cache as the first time', async () => {
    const path = `/audit/task-forces/TX/board?atPosition=${scenario.positions.assigned}`;
    const first = await read(path);
    const second = await read(path, 'auditor');
    expect(second.board).toEqual(first.board);
    expect(first.board.taskings.map(statusOf)).toEqual(['assigned']);
  });

  it('leaves another state empty, and refuses a code that is no state', async () => {
    const { board } = await read('/audit/task-forces/AZ/board');
    expect(board).toMatchObject({ taskForce: null, directives: [], taskings: [], commitments: [] });
    expect((await client(api, tokens).send('get', '/audit/task-forces/XX/board', 'auditor')).status).toBe(
      400,
    );
  });
});

describe('what followed from a directive', () => {
  it('collects its events, the tasking under it and its progress, and not a pledge sent with the same client id', async () => {
    const trail = await read(`/audit/directives/${scenario.directiveId}/trail`);
    expect(trail.truncated).toBe(false);
    expect(trail.events.map((e: { type: string; link: string }) => [e.type, e.link])).toEqual([
      ['DirectiveIssued', 'directive'],
      ['DirectiveAcknowledged', 'directive'],
      ['TaskingAssigned', 'directiveId'],
      ['TaskingAccepted', 'stream'],
      ['TaskingProgressReported', 'stream'],
    ]);
    expect(trail.events[2]).toMatchObject({
      streamId: `tasking-${scenario.taskingId}`,
      actor: { sub: 'op-1@test' },
    });
  });

  it('by correlation id: what the server can prove followed from the directive, never the client’s id', async () => {
    const trail = await read(`/audit/correlations/${scenario.correlationId}`);
    expect(trail.events.map((e: { type: string }) => e.type)).toEqual([
      'DirectiveIssued',
      'DirectiveAcknowledged',
      'TaskingAssigned',
      'TaskingAccepted',
      'TaskingProgressReported',
    ]);
    const { send } = client(api, tokens);
    expect((await send('get', `/audit/correlations/${scenario.clientRequestId}`, 'auditor')).status).toBe(
      404,
    );
    const short = await read(`/audit/directives/${scenario.directiveId}/trail?limit=2`);
    expect(short).toMatchObject({ truncated: true });
    expect(short.events).toHaveLength(2);
  });

  it('answers 404 for an unknown directive or correlation', async () => {
    const { send } = client(api, tokens);
    expect(
      (await send('get', '/audit/directives/6f1e0a5c-0000-4000-8000-000000000000/trail', 'auditor')).status,
    ).toBe(404);
    expect((await send('get', '/audit/correlations/nothing-here', 'auditor')).status).toBe(404);
  });
});

describe('verification over HTTP', () => {
  it('verifies one stream, and the whole log', async () => {
    expect(await read(`/audit/verify?stream=tasking-${scenario.taskingId}`)).toEqual({
      streamId: `tasking-${scenario.taskingId}`,
      ok: true,
      checked: 3,
      lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const all = await read('/audit/verify');
    expect(all).toMatchObject({ ok: true, breaks: [], checkpoints: { failures: [] } });
    expect(all.events).toBeGreaterThan(8);
    expect(all.keyId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves the public key checkpoints and exports are signed with', async () => {
    const response = await client(api, tokens).send('get', '/audit/public-key', 'auditor');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });
});
