import { randomUUID } from 'node:crypto';
import {
  Actor,
  COMMAND_CENTRE,
  e2eClient,
  expectCommandAnswer,
  expectIdempotentRetry,
  expectOneEventAppended,
  fieldsOf,
  itRefusesMalformedRequests,
  ok,
} from '../helpers/e2e';

// The Texas task force: FBI and ICE-HSI co-lead (and so are members), CBP and DEA are enrolled. Taskings
// are led by ICE-HSI with CBP in support; DEA is a member with no part in them; ATF is no member at all.
const TF = 'TX';
const DUE = '2099-12-20T17:00:00Z';
const BODY_LIMIT = 4096;

// Who acts in these tests, by the name the tables below use.
const ACTORS: Record<string, Actor> = {
  ...COMMAND_CENTRE,
  lead: { role: 'liaison', agency: 'ICE-HSI', states: [TF] },
  supporter: { role: 'liaison', agency: 'CBP', states: [TF] },
  bystander: { role: 'liaison', agency: 'DEA' },
  outsider: { role: 'liaison', agency: 'ATF' },
  // Reads the tasking through the state in its token, but has no part in it.
  colleague: { role: 'liaison', agency: 'DEA', states: [TF] },
};

const client = e2eClient('operator');
const { send, refused, eventCount } = client;

jest.setTimeout(30_000);

beforeAll(async () => {
  await client.start(ACTORS, { HSTF_BODY_LIMIT_BYTES: String(BODY_LIMIT) });
  await ok(send('post', '/task-forces').send({ state: TF, dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }));
  for (const agency of ['CBP', 'DEA']) {
    await ok(send('post', `/task-forces/${TF}/members`).send({ agency, capabilities: ['law-enforcement'] }));
  }
}, 60_000);

afterAll(() => client.close());

const ASSIGNMENT = {
  taskForce: TF,
  leadAgency: 'ICE-HSI',
  supportingAgencies: ['CBP'],
  objective: 'smuggling',
  title: 'Disrupt the Laredo stash-house network',
  instructions: 'Identify and surveil the three stash houses named in the directive annex.',
  dueAt: DUE,
};

async function assigned(): Promise<string> {
  const taskingId = randomUUID();
  await ok(send('post', '/taskings').send({ ...ASSIGNMENT, taskingId }));
  return taskingId;
}

async function tasking(taskingId: string): Promise<{ revision: string; state: Record<string, unknown> }> {
  return (await ok(send('get', `/taskings/${taskingId}`))).body;
}

// The steps that bring a tasking to where a command applies, each by the actor entitled to it.
const accept = (id: string) => ok(send('post', `/taskings/${id}/acceptance`, 'lead').send({}));
const decline = (id: string) =>
  ok(send('post', `/taskings/${id}/declination`, 'lead').send({ reason: 'No agents free until April.' }));
const report = (id: string) =>
  ok(
    send('post', `/taskings/${id}/progress-reports`, 'supporter').send({
      summary: 'Two houses watched.',
      percentComplete: 30,
    }),
  );
const block = (id: string) =>
  ok(send('post', `/taskings/${id}/blocks`, 'supporter').send({ reason: 'Waiting for the wiretap order.' }));
const cancel = (id: string) =>
  ok(send('post', `/taskings/${id}/cancellation`).send({ reason: 'Overtaken by events.' }));
const steps =
  (...each: ((id: string) => Promise<unknown>)[]) =>
  async (id: string) => {
    for (const step of each) await step(id);
  };

interface Refusal {
  readonly as: string;
  readonly code?: string;
  readonly unseen?: true;
}

interface Endpoint {
  readonly name: string;
  readonly path: string;
  readonly status: 200 | 201;
  readonly command: string;
  readonly eventType: string;
  /** The actor entitled to send it. */
  readonly as: string;
  readonly body: Record<string, unknown>;
  /** Also valid, but another request; absent when the command has no fields to vary. */
  readonly otherBody?: Record<string, unknown>;
  readonly invalid: { readonly body: Record<string, unknown>; readonly fields: readonly string[] };
  /** Brings a freshly assigned tasking to where the command applies. */
  readonly prepare?: (id: string) => Promise<unknown>;
  readonly forbidden: readonly Refusal[];
  /** A rule of the domain that refuses the command (422), and how to get there. */
  readonly rule: {
    readonly prepare?: (id: string) => Promise<unknown>;
    readonly body?: Record<string, unknown>;
    readonly code: string;
  };
  readonly effect: (state: Record<string, unknown>) => void;
}

const notLead = (as: string): Refusal => ({ as, code: 'TASKING_NOT_LEAD_AGENCY' });
const notParticipant = (as: string): Refusal => ({ as, code: 'TASKING_NOT_PARTICIPANT' });
// A liaison that may not read the tasking is answered as if it did not exist: a refusal by name would
// tell it who leads the tasking and how far it is.
const unseen = (as: string): Refusal => ({ as, unseen: true });

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /taskings/:id/acceptance',
    path: 'acceptance',
    status: 200,
    command: 'AcceptTasking',
    eventType: 'TaskingAccepted',
    as: 'lead',
    body: {},
    invalid: { body: { note: 'Glad to' }, fields: ['note'] },
    forbidden: [{ as: 'auditor' }, { as: 'operator' }, notLead('supporter'), unseen('outsider')],
    rule: { prepare: accept, code: 'TASKING_NOT_AWAITING_ACCEPTANCE' },
    effect: (state) => expect(state.status).toBe('accepted'),
  },
  {
    name: 'POST /taskings/:id/declination',
    path: 'declination',
    status: 200,
    command: 'DeclineTasking',
    eventType: 'TaskingDeclined',
    as: 'lead',
    body: { reason: 'No agents free until April.' },
    otherBody: { reason: 'Conflicts with an ongoing case.' },
    invalid: { body: {}, fields: ['reason'] },
    forbidden: [{ as: 'auditor' }, { as: 'supervisor' }, notLead('supporter'), unseen('bystander')],
    rule: { prepare: accept, code: 'TASKING_NOT_AWAITING_ACCEPTANCE' },
    effect: (state) => expect(state.status).toBe('declined'),
  },
  {
    name: 'POST /taskings/:id/progress-reports',
    path: 'progress-reports',
    status: 201,
    command: 'ReportTaskingProgress',
    eventType: 'TaskingProgressReported',
    as: 'supporter',
    body: { summary: 'Two of the three houses under surveillance.', percentComplete: 40 },
    otherBody: { summary: 'All three houses under surveillance.', percentComplete: 60 },
    invalid: { body: { summary: '', percentComplete: 140 }, fields: ['summary', 'percentComplete'] },
    prepare: accept,
    forbidden: [
      { as: 'auditor' },
      { as: 'operator' },
      unseen('bystander'),
      unseen('outsider'),
      notParticipant('colleague'),
    ],
    rule: { code: 'TASKING_NOT_ACCEPTED' },
    effect: (state) => expect(state.status).toBe('in_progress'),
  },
  {
    name: 'POST /taskings/:id/blocks',
    path: 'blocks',
    status: 201,
    command: 'BlockTasking',
    eventType: 'TaskingBlocked',
    as: 'supporter',
    body: { reason: 'Waiting for the wiretap order from the district court.' },
    otherBody: { reason: 'Informant unreachable.' },
    invalid: { body: { reason: 42 }, fields: ['reason'] },
    prepare: accept,
    forbidden: [{ as: 'auditor' }, { as: 'operator' }, unseen('bystander')],
    rule: { prepare: steps(accept, block), code: 'TASKING_ALREADY_BLOCKED' },
    effect: (state) =>
      expect(state.blocked).toEqual({
        reason: 'Waiting for the wiretap order from the district court.',
        since: expect.any(String),
      }),
  },
  {
    name: 'POST /taskings/:id/unblocks',
    path: 'unblocks',
    status: 201,
    command: 'UnblockTasking',
    eventType: 'TaskingUnblocked',
    as: 'lead',
    body: { resolution: 'Order signed this morning.' },
    otherBody: { resolution: 'Informant back in touch.' },
    invalid: { body: { reason: 'Order signed' }, fields: ['reason', 'resolution'] },
    prepare: steps(accept, block),
    forbidden: [{ as: 'auditor' }, { as: 'supervisor' }, unseen('bystander')],
    rule: { prepare: accept, code: 'TASKING_NOT_BLOCKED' },
    effect: (state) => expect(state.blocked).toBeNull(),
  },
  {
    name: 'POST /taskings/:id/reassignment',
    path: 'reassignment',
    status: 200,
    command: 'ReassignTasking',
    eventType: 'TaskingReassigned',
    as: 'supervisor',
    body: { leadAgency: 'FBI', reason: 'ICE-HSI declined for lack of agents; the FBI has capacity.' },
    otherBody: { leadAgency: 'CBP', supportingAgencies: ['DEA'], reason: 'CBP takes the lead.' },
    invalid: {
      body: { leadAgency: 'fbi', supportingAgencies: 'CBP', reason: 'x' },
      fields: ['leadAgency', 'supportingAgencies'],
    },
    prepare: decline,
    forbidden: [{ as: 'auditor' }, { as: 'admin' }, { as: 'lead' }],
    rule: {
      prepare: decline,
      body: { leadAgency: 'ICE-HSI', reason: 'Try again.' },
      code: 'TASKING_SAME_LEAD',
    },
    effect: (state) =>
      expect(state).toMatchObject({ status: 'assigned', leadAgency: 'FBI', supportingAgencies: ['CBP'] }),
  },
  {
    name: 'POST /taskings/:id/completion',
    path: 'completion',
    status: 200,
    command: 'CompleteTasking',
    eventType: 'TaskingCompleted',
    as: 'lead',
    body: { outcome: 'Three stash houses searched; 14 arrests referred to the USAO.' },
    otherBody: { outcome: 'Two houses searched, one abandoned.' },
    invalid: { body: { outcome: 'Done', percentComplete: 100 }, fields: ['percentComplete'] },
    prepare: steps(accept, report),
    forbidden: [
      { as: 'auditor' },
      { as: 'operator' },
      notLead('supporter'),
      notLead('colleague'),
      unseen('bystander'),
    ],
    rule: { prepare: steps(accept, report, block), code: 'TASKING_BLOCKED' },
    effect: (state) => expect(state.status).toBe('completed'),
  },
  {
    name: 'POST /taskings/:id/cancellation',
    path: 'cancellation',
    status: 200,
    command: 'CancelTasking',
    eventType: 'TaskingCancelled',
    as: 'operator',
    body: { reason: 'Overtaken by the DEA operation in the same area.' },
    otherBody: { reason: 'Directive rescinded.' },
    invalid: { body: { reason: 'x'.repeat(2001) }, fields: ['reason'] },
    forbidden: [{ as: 'auditor' }, { as: 'lead' }, { as: 'supporter' }],
    rule: { prepare: cancel, code: 'TASKING_ALREADY_CANCELLED' },
    effect: (state) => expect(state.status).toBe('cancelled'),
  },
];

describe.each(ENDPOINTS)('$name', (endpoint) => {
  const request = (id: string, as: string | null = endpoint.as) =>
    send('post', `/taskings/${id}/${endpoint.path}`, as);
  const ready = async (): Promise<string> => {
    const id = await assigned();
    await endpoint.prepare?.(id);
    return id;
  };

  it('answers the new revision in ETag and body, appends one event, and moves the tasking on', async () => {
    const id = await ready();
    const before = BigInt((await tasking(id)).revision);
    const count = await eventCount();
    const response = await request(id).set('If-Match', `"${before}"`).send(endpoint.body);
    const revision = String(before + 1n);
    expectCommandAnswer(response, { status: endpoint.status, id, streamId: `tasking-${id}`, revision });
    await expectOneEventAppended(client, count, response, {
      type: endpoint.eventType,
      streamId: `tasking-${id}`,
      metadata: {
        actor: {
          role: ACTORS[endpoint.as].role,
          ...(ACTORS[endpoint.as].agency ? { agency: ACTORS[endpoint.as].agency } : {}),
        },
      },
    });
    const after = await tasking(id);
    expect(after.revision).toBe(revision);
    endpoint.effect(after.state);
  });

  it('answers 409 with the current revision when If-Match is stale, appending nothing', async () => {
    const id = await ready();
    const seen = (await tasking(id)).revision;
    await ok(request(id).send(endpoint.body));
    const problem = await refused(() => request(id).set('If-Match', `"${seen}"`).send(endpoint.body), 409);
    expect(problem).toMatchObject({
      type: expect.stringContaining('revision-conflict'),
      currentRevision: String(BigInt(seen) + 1n),
    });
  });

  it('repeats the first answer for a retry with the same Idempotency-Key and body, appending nothing', async () => {
    const id = await ready();
    const key = `retry-${endpoint.path}-${id}`;
    await expectIdempotentRetry(client, {
      send: (body) => request(id).set('Idempotency-Key', key).send(body),
      status: endpoint.status,
      body: endpoint.body,
      otherBody: endpoint.otherBody,
    });
  });

  itRefusesMalformedRequests({
    client,
    target: async () => {
      const id = await ready();
      return { request: (as) => request(id, as), body: endpoint.body };
    },
    unknownField: ['urgency', 'high'],
    malformedJson: '{"reason": "x"',
    plainText: 'reason=x',
    bodyLimit: BODY_LIMIT,
  });

  it('answers 400 naming every bad field', async () => {
    const id = await ready();
    const problem = await refused(() => request(id).send(endpoint.invalid.body), 400);
    expect(new Set(fieldsOf(problem))).toEqual(new Set(endpoint.invalid.fields));
  });

  it.each(endpoint.forbidden)(
    'answers 403, or 404 if it may not read the tasking, to $as',
    async ({ as, code, unseen }) => {
      const id = await ready();
      if (unseen) {
        const problem = await refused(() => request(id, as).send(endpoint.body), 404);
        expect(problem.detail).toBe(`No tasking with id ${id}.`);
        expect(JSON.stringify(problem)).not.toMatch(/ICE-HSI|CBP|TASKING_/);
        return;
      }
      const problem = await refused(() => request(id, as).send(endpoint.body), 403);
      if (code) expect(problem.code).toBe(code);
      else expect(problem.detail).toContain(`may not send ${endpoint.command}`);
    },
  );

  it('answers 404 for a tasking that was never assigned', async () => {
    const unknown = randomUUID();
    const problem = await refused(() => request(unknown).send(endpoint.body), 404);
    expect(problem.detail).toContain(unknown);
  });

  it(`answers 422 ${endpoint.rule.code} when the rule refuses it`, async () => {
    const id = await assigned();
    await endpoint.rule.prepare?.(id);
    const problem = await refused(() => request(id).send(endpoint.rule.body ?? endpoint.body), 422);
    expect(problem).toMatchObject({ code: endpoint.rule.code, title: 'Refused by a rule of the domain' });
  });

  it('answers 400 for an id that is not a UUID, and 401 without a token', async () => {
    await refused(() => request('laredo-1').send(endpoint.body), 400);
    await refused(() => request(randomUUID(), null).send(endpoint.body), 401);
  });
});

describe('POST /taskings', () => {
  const assign = (body: Record<string, unknown>, as = 'operator') => send('post', '/taskings', as).send(body);
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('assigns a tasking under a generated id, with Location, ETag and the global position', async () => {
    const count = await eventCount();
    const response = await assign(ASSIGNMENT, 'supervisor');
    const { id } = response.body;
    expect(id).toMatch(UUID);
    expectCommandAnswer(response, { status: 201, id, streamId: `tasking-${id}`, revision: '0' });
    expect(response.headers.location).toBe(`/taskings/${id}`);
    await expectOneEventAppended(client, count, response, {
      type: 'TaskingAssigned',
      data: { ...ASSIGNMENT, taskingId: id },
      metadata: {
        actor: { role: 'supervisor' },
        scope: { states: [TF], agencies: expect.arrayContaining(['ICE-HSI', 'CBP']) },
      },
    });
    expect((await tasking(id)).state).toMatchObject({
      status: 'assigned',
      leadAgency: 'ICE-HSI',
      supportingAgencies: ['CBP'],
    });
  });

  it('takes the id the client chose, in lower case, and no supporters when none are named', async () => {
    const taskingId = randomUUID();
    const { supportingAgencies: _none, ...alone } = ASSIGNMENT;
    const response = await ok(assign({ ...alone, taskingId: taskingId.toUpperCase() }));
    expect(response.body.id).toBe(taskingId);
    expect((await tasking(taskingId)).state).toMatchObject({ taskingId, supportingAgencies: [] });
  });

  it('answers 409 with the current revision for If-Match on a tasking that moved on', async () => {
    const taskingId = await assigned();
    const problem = await refused(() => assign({ ...ASSIGNMENT, taskingId }).set('If-Match', '"5"'), 409);
    expect(problem.currentRevision).toBe('0');
  });

  it('repeats the answer for the same Idempotency-Key and body (same generated id), 422 for another body', async () => {
    const key = `assign-${randomUUID()}`;
    const { first, retry } = await expectIdempotentRetry(client, {
      send: (body) => assign(body).set('Idempotency-Key', key),
      status: 201,
      body: ASSIGNMENT,
      otherBody: { ...ASSIGNMENT, title: 'Another tasking' },
    });
    expect(first.body.id).toMatch(UUID);
    expect(retry.headers.location).toBe(first.headers.location);
  });

  itRefusesMalformedRequests({
    client,
    target: () => ({ request: (as) => send('post', '/taskings', as), body: ASSIGNMENT }),
    unknownField: ['urgency', 'high'],
    malformedJson: '{"taskForce": "TX"',
    plainText: 'taskForce=TX',
    bodyLimit: BODY_LIMIT,
  });

  it('answers 400 for every bad field at once', async () => {
    const problem = await refused(
      () =>
        assign({
          taskingId: 'tasking-1',
          taskForce: 'XX',
          leadAgency: 'ice',
          supportingAgencies: ['CBP', 'CBP'],
          objective: '',
          title: 'Hi',
          dueAt: '2099-12-20 17:00',
          directiveId: null,
          priority: 'high',
        }),
      400,
    );
    expect(new Set(fieldsOf(problem))).toEqual(
      new Set([
        'taskingId',
        'taskForce',
        'leadAgency',
        'supportingAgencies',
        'objective',
        'title',
        'instructions',
        'dueAt',
        'directiveId',
        'priority',
      ]),
    );
  });

  it('answers 400 naming agencies that are not in the catalog', async () => {
    const problem = await refused(
      () => assign({ ...ASSIGNMENT, leadAgency: 'NSA', supportingAgencies: ['CBP', 'TX-HPD'] }),
      400,
    );
    expect(problem.errors).toEqual([
      { field: 'leadAgency', reason: 'NSA is not an agency of the catalog' },
      { field: 'supportingAgencies.1', reason: 'TX-HPD is not an agency of the catalog' },
    ]);
  });

  it.each(['auditor', 'admin', 'lead'])('answers 403 to %s', async (as) => {
    const problem = await refused(() => assign(ASSIGNMENT, as), 403);
    expect(problem.detail).toContain('may not send AssignTasking');
  });

  it.each([
    ['an agency outside the task force', { supportingAgencies: ['ATF'] }, 'TASKING_AGENCY_NOT_MEMBER'],
    ['a state without a task force', { taskForce: 'WY' }, 'TASKING_AGENCY_NOT_MEMBER'],
    [
      'the lead among the supporters',
      { supportingAgencies: ['CBP', 'ICE-HSI'] },
      'TASKING_LEAD_AMONG_SUPPORTERS',
    ],
    ['a due time already past', { dueAt: '2020-01-01T00:00:00Z' }, 'TASKING_DUE_NOT_IN_FUTURE'],
    ['a blank title', { title: '     ' }, 'TASKING_BLANK_FIELD'],
  ])('answers 422 for %s', async (_case, change, code) => {
    const problem = await refused(() => assign({ ...ASSIGNMENT, ...change }), 422);
    expect(problem.code).toBe(code);
  });

  it('answers 422 TASKING_ALREADY_ASSIGNED for an id already in use', async () => {
    const taskingId = await assigned();
    const problem = await refused(() => assign({ ...ASSIGNMENT, taskingId, leadAgency: 'FBI' }), 422);
    expect(problem.code).toBe('TASKING_ALREADY_ASSIGNED');
  });
});

describe('POST /taskings/:id/reassignment: the team is checked again', () => {
  const reassign = (id: string, body: Record<string, unknown>) =>
    send('post', `/taskings/${id}/reassignment`).send(body);

  it('answers 422 TASKING_NOT_DECLINED for a tasking its lead has not declined', async () => {
    const id = await assigned();
    const problem = await refused(() => reassign(id, { leadAgency: 'FBI', reason: 'Faster.' }), 422);
    expect(problem.code).toBe('TASKING_NOT_DECLINED');
  });

  it('answers 422 TASKING_AGENCY_NOT_MEMBER for a new lead outside the task force', async () => {
    const id = await assigned();
    await decline(id);
    const problem = await refused(() => reassign(id, { leadAgency: 'ATF', reason: 'ATF has agents.' }), 422);
    expect(problem.code).toBe('TASKING_AGENCY_NOT_MEMBER');
  });

  it('answers 400 naming a new lead that is not in the catalog', async () => {
    const id = await assigned();
    await decline(id);
    const problem = await refused(() => reassign(id, { leadAgency: 'NSA', reason: 'Signals.' }), 400);
    expect(problem.errors).toEqual([{ field: 'leadAgency', reason: 'NSA is not an agency of the catalog' }]);
  });

  it('replaces the supporters when they are restated', async () => {
    const id = await assigned();
    await decline(id);
    await ok(reassign(id, { leadAgency: 'CBP', supportingAgencies: ['DEA', 'FBI'], reason: 'CBP leads.' }));
    expect((await tasking(id)).state).toMatchObject({
      leadAgency: 'CBP',
      supportingAgencies: ['DEA', 'FBI'],
    });
  });
});

describe('a closed tasking accepts nothing', () => {
  it.each([
    [
      'completed',
      steps(accept, report, (id) =>
        ok(send('post', `/taskings/${id}/completion`, 'lead').send({ outcome: 'Done.' })),
      ),
      'TASKING_ALREADY_COMPLETED',
    ],
    ['cancelled', cancel, 'TASKING_ALREADY_CANCELLED'],
  ])('answers 422 to progress on a %s tasking', async (_status, close, code) => {
    const id = await assigned();
    await close(id);
    const problem = await refused(
      () =>
        send('post', `/taskings/${id}/progress-reports`, 'lead').send({
          summary: 'More.',
          percentComplete: 100,
        }),
      422,
    );
    expect(problem.code).toBe(code);
  });
});

describe('GET /taskings/:id', () => {
  it('answers the folded tasking with its revision in ETag', async () => {
    const id = await assigned();
    await accept(id);
    const response = await ok(send('get', `/taskings/${id}`, 'auditor'));
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toEqual({
      id,
      revision: '1',
      state: {
        status: 'accepted',
        taskingId: id,
        taskForce: TF,
        leadAgency: 'ICE-HSI',
        supportingAgencies: ['CBP'],
        dueAt: DUE,
        blocked: null,
        releasedAgencies: [],
      },
    });
  });

  it('is read by the liaisons of its agencies, and does not exist for a liaison of another agency and state', async () => {
    const id = await assigned();
    await ok(send('get', `/taskings/${id}`, 'lead'));
    await ok(send('get', `/taskings/${id}`, 'supporter'));
    const never = await refused(() => send('get', `/taskings/${randomUUID()}`, 'bystander'), 404);
    for (const as of ['bystander', 'outsider']) {
      const problem = await refused(() => send('get', `/taskings/${id}`, as), 404);
      expect({ ...problem, detail: undefined, instance: undefined }).toEqual({
        ...never,
        detail: undefined,
        instance: undefined,
      });
      expect(problem.detail).toBe(`No tasking with id ${id}.`);
    }
  });

  it('answers 404 for an unknown id, 400 for a malformed one, 401 without a token', async () => {
    await refused(() => send('get', `/taskings/${randomUUID()}`), 404);
    await refused(() => send('get', '/taskings/laredo-1'), 400);
    await refused(() => send('get', `/taskings/${randomUUID()}`, null), 401);
  });
});
