import { randomUUID } from 'node:crypto';
import {
  COMMAND_CENTRE,
  e2eClient,
  expectCommandAnswer,
  expectIdempotentRetry,
  expectOneEventAppended,
  fieldsOf,
  itRefusesMalformedRequests,
  ok,
} from '../helpers/e2e';

const BODY_LIMIT = 4096;

// Issued before the suite and never changed: refusal tests act on it.
let shared: string;

const client = e2eClient('operator');
const { send, refused, eventCount } = client;

jest.setTimeout(30_000);

beforeAll(async () => {
  // Liaisons go by their agency's code.
  await client.start(
    {
      ...COMMAND_CENTRE,
      FBI: { role: 'liaison', agency: 'FBI' },
      CBP: { role: 'liaison', agency: 'CBP' },
      DEA: { role: 'liaison', agency: 'DEA' },
    },
    { HSTF_BODY_LIMIT_BYTES: String(BODY_LIMIT) },
  );
  // The TX task force is co-led by FBI (DOJ) and ICE-HSI (DHS): their liaisons acknowledge for the state.
  await ok(send('post', '/task-forces').send({ state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }));
  // A token may name only an agency of the catalog: the Texas liaison's agency is registered first.
  await ok(
    send('post', '/agencies', 'admin').send({
      code: 'TX-DPS',
      name: 'Texas DPS',
      kind: 'state',
      state: 'TX',
    }),
  );
  shared = await issue();
}, 60_000);

afterAll(() => client.close());

const issueBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Surge on southbound I-35 smuggling corridors',
  body: 'Coordinate interdiction at the Laredo and San Antonio checkpoints; report daily.',
  priority: 'priority',
  addressees: { states: ['TX'], agencies: ['FBI', 'CBP'] },
  authority: 'EO 14159 sec. 3(b)',
  effectiveAt: '2026-01-01T00:00:00Z',
  acknowledgeBy: '2099-01-01T00:00:00Z',
  expiresAt: '2100-01-01T00:00:00Z',
  ...overrides,
});

async function issue(overrides: Record<string, unknown> = {}): Promise<string> {
  return (await ok(send('post', '/directives').send(issueBody(overrides)))).body.id;
}

async function directive(id: string): Promise<{ revision: string; state: Record<string, unknown> }> {
  return (await ok(send('get', `/directives/${id}`))).body;
}

interface Endpoint {
  readonly name: string;
  readonly path: (id: string) => string;
  readonly body: () => Record<string, unknown>;
  readonly otherBody: () => Record<string, unknown>;
  readonly status: 200 | 201;
  readonly command: string;
  readonly eventType: string;
  /** Who sends it: a command-centre role, or the liaison of an addressed agency. */
  readonly actor: string;
  readonly actorRole: string;
  readonly forbiddenRoles: readonly string[];
  readonly effect: (state: Record<string, unknown>) => void;
}

const COMMAND_CENTRE_ONLY = ['FBI', 'auditor', 'admin'];

const ISSUE: Endpoint = {
  name: 'POST /directives',
  path: () => '/directives',
  body: () => issueBody(),
  otherBody: () => issueBody({ priority: 'flash' }),
  status: 201,
  command: 'IssueDirective',
  eventType: 'DirectiveIssued',
  actor: 'supervisor',
  actorRole: 'supervisor',
  forbiddenRoles: COMMAND_CENTRE_ONLY,
  effect: (state) =>
    expect(state).toMatchObject({
      status: 'issued',
      revision: 1,
      priority: 'priority',
      addressees: { states: ['TX'], agencies: ['FBI', 'CBP'] },
    }),
};

const UPDATES: Endpoint[] = [
  {
    name: 'POST /directives/:id/acknowledgements',
    path: (id) => `/directives/${id}/acknowledgements`,
    body: () => ({ addressee: { kind: 'agency', code: 'FBI' }, note: 'Received; field offices notified.' }),
    otherBody: () => ({ addressee: { kind: 'agency', code: 'FBI' }, note: 'Received.' }),
    status: 201,
    command: 'AcknowledgeDirective',
    eventType: 'DirectiveAcknowledged',
    actor: 'FBI',
    actorRole: 'liaison',
    forbiddenRoles: ['operator', 'supervisor', 'auditor', 'admin'],
    effect: (state) =>
      expect(state.acknowledgements).toEqual([
        expect.objectContaining({
          addressee: { kind: 'agency', code: 'FBI' },
          acknowledgedBy: 'FBI',
          revision: 1,
          late: false,
          note: 'Received; field offices notified.',
        }),
      ]),
  },
  {
    name: 'POST /directives/:id/amendments',
    path: (id) => `/directives/${id}/amendments`,
    body: () => ({
      title: 'Surge on the I-35 and I-10 corridors',
      reason: 'Extend to I-10 after the El Paso seizure',
    }),
    otherBody: () => ({ priority: 'immediate', reason: 'Raised after the El Paso seizure' }),
    status: 201,
    command: 'AmendDirective',
    eventType: 'DirectiveAmended',
    actor: 'operator',
    actorRole: 'operator',
    forbiddenRoles: COMMAND_CENTRE_ONLY,
    effect: (state) =>
      expect(state).toMatchObject({ revision: 2, title: 'Surge on the I-35 and I-10 corridors' }),
  },
  {
    name: 'POST /directives/:id/supersession',
    path: (id) => `/directives/${id}/supersession`,
    body: () => ({
      supersededBy: '9b2e4c1a-6f3d-4e8a-b5c7-1d2e3f4a5b6c',
      reason: 'Replaced by the winter directive',
    }),
    otherBody: () => ({
      supersededBy: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      reason: 'Replaced by the spring directive',
    }),
    status: 200,
    command: 'SupersedeDirective',
    eventType: 'DirectiveSuperseded',
    actor: 'operator',
    actorRole: 'operator',
    forbiddenRoles: COMMAND_CENTRE_ONLY,
    effect: (state) =>
      expect(state).toMatchObject({
        status: 'superseded',
        superseded: { by: '9b2e4c1a-6f3d-4e8a-b5c7-1d2e3f4a5b6c' },
      }),
  },
  {
    name: 'POST /directives/:id/rescission',
    path: (id) => `/directives/${id}/rescission`,
    body: () => ({ reason: 'Issued in error' }),
    otherBody: () => ({ reason: 'Overtaken by events' }),
    status: 200,
    command: 'RescindDirective',
    eventType: 'DirectiveRescinded',
    actor: 'operator',
    actorRole: 'operator',
    forbiddenRoles: COMMAND_CENTRE_ONLY,
    effect: (state) =>
      expect(state).toMatchObject({ status: 'rescinded', rescinded: { reason: 'Issued in error' } }),
  },
];

describe.each([ISSUE, ...UPDATES])('$name', (endpoint) => {
  const request = (id: string, as: string | null = endpoint.actor) => send('post', endpoint.path(id), as);

  it('answers the new revision and global position, appends one event, and changes the directive', async () => {
    const id = endpoint === ISSUE ? '' : await issue();
    const count = await eventCount();
    const response = await request(id).send(endpoint.body());
    const revision = endpoint === ISSUE ? '0' : '1';
    const answeredId = endpoint === ISSUE ? response.body.id : id;
    expect(answeredId).toMatch(/^[0-9a-f-]{36}$/);
    const streamId = `directive-${answeredId}`;
    expectCommandAnswer(response, { status: endpoint.status, id: answeredId, streamId, revision });
    if (endpoint === ISSUE) expect(response.headers.location).toBe(`/directives/${answeredId}`);
    await expectOneEventAppended(client, count, response, {
      type: endpoint.eventType,
      streamId,
      metadata: { actor: { role: endpoint.actorRole } },
    });
    const after = await directive(answeredId);
    expect(after.revision).toBe(revision);
    endpoint.effect(after.state);
  });

  it('answers 409 with the current revision for a stale If-Match, and acts on a current one', async () => {
    // An issue names the shared directive's id, so that its stream exists and has a revision to conflict with.
    const body = endpoint === ISSUE ? issueBody({ directiveId: shared }) : endpoint.body();
    const problem = await refused(() => request(shared).set('If-Match', '"4"').send(body), 409);
    expect(problem).toMatchObject({
      currentRevision: '0',
      type: expect.stringContaining('revision-conflict'),
    });
    if (endpoint !== ISSUE) {
      const id = await issue();
      const response = await request(id).set('If-Match', '"0"').send(endpoint.body());
      expect({ status: response.status, revision: response.body.revision }).toEqual({
        status: endpoint.status,
        revision: '1',
      });
    }
  });

  it('repeats the first answer for a retry with the same Idempotency-Key and body, appending nothing', async () => {
    const id = endpoint === ISSUE ? '' : await issue();
    const key = `retry-${endpoint.command}-${randomUUID()}`;
    await expectIdempotentRetry(client, {
      send: (body) => request(id).set('Idempotency-Key', key).send(body),
      status: endpoint.status,
      body: endpoint.body(),
      otherBody: endpoint.otherBody(),
    });
  });

  itRefusesMalformedRequests({
    client,
    target: () => ({ request: (as) => request(shared, as), body: endpoint.body() }),
    unknownField: ['classification', 'secret'],
    malformedJson: '{"reason": "x"',
    plainText: 'acknowledged',
    bodyLimit: BODY_LIMIT,
  });

  it.each(endpoint.forbiddenRoles)('answers 403 to %s', async (as) => {
    const problem = await refused(() => request(shared, as).send(endpoint.body()), 403);
    const role = ['FBI', 'CBP', 'DEA'].includes(as) ? 'liaison' : as;
    expect(problem.detail).toBe(`the role ${role} may not send ${endpoint.command}`);
  });
});

describe.each(UPDATES)('$name on a directive that is not there', (endpoint) => {
  it('answers 404 for an id nobody issued', async () => {
    const unknown = randomUUID();
    const problem = await refused(
      () => send('post', endpoint.path(unknown), endpoint.actor).send(endpoint.body()),
      404,
    );
    expect(problem.detail).toContain(unknown);
  });

  it('answers 400 naming `id` for an id that is not a UUID', async () => {
    const problem = await refused(
      () => send('post', endpoint.path('dir-42'), endpoint.actor).send(endpoint.body()),
      400,
    );
    expect(fieldsOf(problem)).toEqual(['id']);
  });
});

describe('POST /directives: input and rules', () => {
  it('issues under the id the client chose', async () => {
    const chosen = randomUUID();
    const response = await ok(send('post', '/directives').send(issueBody({ directiveId: chosen })));
    expect(response.body.id).toBe(chosen);
    expect(response.headers.location).toBe(`/directives/${chosen}`);
  });

  it('answers 400 for every bad field at once, with dotted paths into addressees', async () => {
    const body = issueBody({
      priority: 'urgent',
      addressees: { states: ['XX'], agencies: ['fbi'] },
      effectiveAt: '2026-01-01 00:00',
      title: '',
    });
    const problem = await refused(() => send('post', '/directives').send(body), 400);
    expect(fieldsOf(problem).sort()).toEqual([
      'addressees.agencies',
      'addressees.states',
      'effectiveAt',
      'priority',
      'title',
    ]);
  });

  it('answers 400 naming an addressed agency that is not in the catalog', async () => {
    const body = issueBody({ addressees: { states: [], agencies: ['FBI', 'NSA'] } });
    const problem = await refused(() => send('post', '/directives').send(body), 400);
    expect(problem.errors).toEqual([
      { field: 'addressees.agencies.1', reason: 'NSA is not an agency of the catalog' },
    ]);
  });

  it.each([
    ['DIRECTIVE_NO_ADDRESSEES', { addressees: { states: [], agencies: [] } }],
    ['DIRECTIVE_ACKNOWLEDGE_BY_NOT_AFTER_EFFECTIVE', { acknowledgeBy: '2025-12-31T00:00:00Z' }],
    ['DIRECTIVE_ACKNOWLEDGE_BY_AFTER_EXPIRY', { expiresAt: '2098-01-01T00:00:00Z' }],
  ])('answers 422 %s', async (code, overrides) => {
    const problem = await refused(() => send('post', '/directives').send(issueBody(overrides)), 422);
    expect(problem).toMatchObject({ code, title: 'Refused by a rule of the domain' });
  });

  it('answers 422 DIRECTIVE_ALREADY_ISSUED for an id already used', async () => {
    const problem = await refused(
      () => send('post', '/directives').send(issueBody({ directiveId: shared })),
      422,
    );
    expect(problem.code).toBe('DIRECTIVE_ALREADY_ISSUED');
  });

  it('answers 422 for an Idempotency-Key reused to issue a directive under another id', async () => {
    const key = `issue-${randomUUID()}`;
    await ok(
      send('post', '/directives')
        .set('Idempotency-Key', key)
        .send(issueBody({ directiveId: randomUUID() })),
    );
    const problem = await refused(
      () =>
        send('post', '/directives')
          .set('Idempotency-Key', key)
          .send(issueBody({ directiveId: randomUUID() })),
      422,
    );
    expect(problem.type).toContain('idempotency-key-reused');
  });
});

describe('GET /directives/:id', () => {
  it('answers the folded directive with its revision in ETag', async () => {
    const response = await ok(send('get', `/directives/${shared}`, 'auditor'));
    expect(response.headers.etag).toBe('"0"');
    expect(response.body).toMatchObject({
      id: shared,
      revision: '0',
      state: { status: 'issued', directiveId: shared },
    });
  });

  it('is read by the liaison of an addressed agency or state, and does not exist for others', async () => {
    await ok(send('get', `/directives/${shared}`, 'CBP'));
    await ok(
      send(
        'get',
        `/directives/${shared}`,
        await client.api().token('liaison', { agency: 'TX-DPS', states: ['TX'] }),
      ),
    );
    const problem = await refused(() => send('get', `/directives/${shared}`, 'DEA'), 404);
    expect(problem.detail).toBe(`No directive with id ${shared}.`);
  });

  it('answers 404 for an unknown id, 400 for an id that is not a UUID, 401 without a token', async () => {
    await refused(() => send('get', `/directives/${randomUUID()}`), 404);
    expect(fieldsOf(await refused(() => send('get', '/directives/42'), 400))).toEqual(['id']);
    await refused(() => send('get', `/directives/${shared}`, null), 401);
  });
});

describe('POST /directives/:id/acknowledgements: who speaks for an addressee', () => {
  const acknowledge = (id: string, as: string, body: Record<string, unknown> = {}) =>
    send('post', `/directives/${id}/acknowledgements`, as).send(body);

  it('lets a liaison of a co-lead agency acknowledge for the state task force', async () => {
    const id = await issue();
    await ok(acknowledge(id, 'FBI', { addressee: { kind: 'state', code: 'TX' } }));
    const { state } = await directive(id);
    expect(state.acknowledgements).toEqual([
      expect.objectContaining({ addressee: { kind: 'state', code: 'TX' }, acknowledgedBy: 'FBI' }),
    ]);
  });

  it('answers 403 to a liaison acknowledging for another agency', async () => {
    const problem = await refused(
      () => acknowledge(shared, 'CBP', { addressee: { kind: 'agency', code: 'FBI' } }),
      403,
    );
    expect(problem.detail).toBe('a liaison of CBP may not send AcknowledgeDirective for FBI');
  });

  it('answers 404 to a liaison of an agency the directive is not addressed to, naming no addressee', async () => {
    const problem = await refused(() => acknowledge(shared, 'DEA'), 404);
    expect(problem.detail).toBe(`No directive with id ${shared}.`);
    expect(JSON.stringify(problem)).not.toMatch(/TX|CBP|FBI|DIRECTIVE_/);
  });

  it('answers 403 DIRECTIVE_ACTOR_NOT_CO_LEAD to a liaison acknowledging for a state it does not co-lead', async () => {
    const problem = await refused(
      () => acknowledge(shared, 'CBP', { addressee: { kind: 'state', code: 'TX' } }),
      403,
    );
    expect(problem.code).toBe('DIRECTIVE_ACTOR_NOT_CO_LEAD');
  });

  it("acknowledges for the liaison's own agency when the body names no addressee", async () => {
    const id = await issue();
    await ok(acknowledge(id, 'CBP'));
    const { state } = await directive(id);
    expect(state.acknowledgements).toEqual([
      expect.objectContaining({ addressee: { kind: 'agency', code: 'CBP' } }),
    ]);
  });

  it('answers 400 naming the fields of a malformed addressee', async () => {
    const problem = await refused(
      () => acknowledge(shared, 'FBI', { addressee: { kind: 'person', code: 'F' } }),
      400,
    );
    expect(fieldsOf(problem).sort()).toEqual(['addressee.code', 'addressee.kind']);
  });

  it('answers 422 DIRECTIVE_ALREADY_ACKNOWLEDGED for a second acknowledgement of the same revision', async () => {
    const id = await issue();
    await ok(acknowledge(id, 'CBP'));
    const problem = await refused(() => acknowledge(id, 'CBP'), 422);
    expect(problem.code).toBe('DIRECTIVE_ALREADY_ACKNOWLEDGED');
  });

  it('answers 422 DIRECTIVE_RESCINDED once the directive is rescinded', async () => {
    const id = await issue();
    await ok(send('post', `/directives/${id}/rescission`).send({ reason: 'Issued in error' }));
    const problem = await refused(() => acknowledge(id, 'FBI'), 422);
    expect(problem.code).toBe('DIRECTIVE_RESCINDED');
  });
});

describe('POST /directives/:id/amendments: input and rules', () => {
  const amend = (id: string, body: Record<string, unknown>) =>
    send('post', `/directives/${id}/amendments`).send(body);

  it('adds addressees, who acknowledge the new revision', async () => {
    const id = await issue();
    await ok(amend(id, { addressees: { states: ['AZ'], agencies: ['DEA'] }, reason: 'Widen to Arizona' }));
    await ok(send('post', `/directives/${id}/acknowledgements`, 'DEA').send({}));
    const { state } = await directive(id);
    expect(state).toMatchObject({
      revision: 2,
      addressees: { states: ['TX', 'AZ'], agencies: ['FBI', 'CBP', 'DEA'] },
    });
    expect(state.acknowledgements).toEqual([expect.objectContaining({ acknowledgedBy: 'DEA', revision: 2 })]);
  });

  it('answers 400 naming `reason` when it is missing', async () => {
    expect(fieldsOf(await refused(() => amend(shared, { title: 'New title' }), 400))).toEqual(['reason']);
  });

  it('answers 400 naming an added agency that is not in the catalog', async () => {
    const body = { addressees: { states: [], agencies: ['NSA'] }, reason: 'Widen' };
    const problem = await refused(() => amend(shared, body), 400);
    expect(fieldsOf(problem)).toEqual(['addressees.agencies.0']);
  });

  it.each([
    ['DIRECTIVE_NO_CHANGES', { priority: 'priority', reason: 'Same again' }],
    ['DIRECTIVE_ALREADY_ADDRESSED', { addressees: { states: [], agencies: ['FBI'] }, reason: 'Widen' }],
    [
      'DIRECTIVE_ACKNOWLEDGE_BY_NOT_AFTER_EFFECTIVE',
      { acknowledgeBy: '2025-06-01T00:00:00Z', reason: 'Sooner' },
    ],
  ])('answers 422 %s', async (code, body) => {
    const problem = await refused(() => amend(shared, body), 422);
    expect(problem.code).toBe(code);
  });
});

describe('POST /directives/:id/supersession and /rescission: input and rules', () => {
  it('answers 400 naming `supersededBy` when it is not a UUID', async () => {
    const body = { supersededBy: 'the-winter-one', reason: 'Replaced' };
    const problem = await refused(() => send('post', `/directives/${shared}/supersession`).send(body), 400);
    expect(fieldsOf(problem)).toEqual(['supersededBy']);
  });

  it('answers 422 DIRECTIVE_SUPERSEDED_BY_ITSELF', async () => {
    const body = { supersededBy: shared, reason: 'Replaced' };
    const problem = await refused(() => send('post', `/directives/${shared}/supersession`).send(body), 422);
    expect(problem.code).toBe('DIRECTIVE_SUPERSEDED_BY_ITSELF');
  });

  it('answers 422 DIRECTIVE_SUPERSEDED to a rescission of a superseded directive', async () => {
    const id = await issue();
    await ok(
      send('post', `/directives/${id}/supersession`).send({ supersededBy: shared, reason: 'Replaced' }),
    );
    const problem = await refused(
      () => send('post', `/directives/${id}/rescission`).send({ reason: 'Too late' }),
      422,
    );
    expect(problem.code).toBe('DIRECTIVE_SUPERSEDED');
  });

  it('answers 400 naming `reason` for a rescission without one', async () => {
    const problem = await refused(
      () => send('post', `/directives/${shared}/rescission`).send({ reason: 'no' }),
      400,
    );
    expect(fieldsOf(problem)).toEqual(['reason']);
  });
});
