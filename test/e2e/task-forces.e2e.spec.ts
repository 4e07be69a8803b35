import { STATE_CODES } from '@hstf/domain';
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

// Small enough that a padded body crosses it, large enough for every valid body below.
const BODY_LIMIT = 4096;
// Task forces the shared refusal tests act on; every other test takes a state of its own from `fresh()`.
const SHARED = 'TX';
const NEVER_ESTABLISHED = 'WY';

const spare = STATE_CODES.filter((st) => st !== SHARED && st !== NEVER_ESTABLISHED && st !== 'OK');
const fresh = (): string => {
  const st = spare.shift();
  if (!st) throw new Error('The suite ran out of unused state codes');
  return st;
};

const client = e2eClient('operator');
const { send, refused, eventCount } = client;

jest.setTimeout(30_000);

beforeAll(async () => {
  await client.start(
    { ...COMMAND_CENTRE, liaison: { role: 'liaison', agency: 'FBI' } },
    { HSTF_BODY_LIMIT_BYTES: String(BODY_LIMIT) },
  );
  await ok(
    send('post', '/agencies', 'admin').send({
      code: 'TX-DPS',
      name: 'Texas DPS',
      kind: 'state',
      state: 'TX',
    }),
  );
  await ok(
    send('post', '/agencies', 'admin').send({
      code: 'OK-OBN',
      name: 'Oklahoma Narcotics',
      kind: 'state',
      state: 'OK',
    }),
  );
  await establish(SHARED);
  await ok(
    send('post', `/task-forces/${SHARED}/members`).send({
      agency: 'DOL-OIG',
      capabilities: ['intelligence'],
    }),
  );
}, 60_000);

afterAll(() => client.close());

const establish = (st: string) =>
  ok(send('post', '/task-forces').send({ state: st, dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }));

async function taskForce(st: string): Promise<{ revision: string; state: Record<string, unknown> }> {
  return (await ok(send('get', `/task-forces/${st}`))).body;
}

interface Endpoint {
  readonly name: string;
  readonly method: 'post' | 'put';
  readonly path: (st: string) => string;
  readonly body: (st: string) => Record<string, unknown>;
  /** Also valid, but another request: reusing an Idempotency-Key with it is refused. */
  readonly otherBody: (st: string) => Record<string, unknown>;
  readonly status: 200 | 201;
  readonly command: string;
  readonly eventType: string;
  /** Brings a task force to where the command applies; undefined for establishment itself. */
  readonly prepare?: (st: string) => Promise<unknown>;
  readonly effect: (taskForce: Record<string, unknown>) => void;
}

const memberCodes = (tf: Record<string, unknown>) =>
  (tf.members as { agency: string }[]).map((m) => m.agency);

const ESTABLISH: Endpoint = {
  name: 'POST /task-forces',
  method: 'post',
  path: () => '/task-forces',
  body: (st) => ({ state: st, dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }),
  otherBody: (st) => ({ state: st, dojCoLead: 'DEA', dhsCoLead: 'CBP' }),
  status: 201,
  command: 'EstablishTaskForce',
  eventType: 'TaskForceEstablished',
  effect: (tf) =>
    expect(tf).toMatchObject({ status: 'established', coLeads: { DOJ: 'FBI', DHS: 'ICE-HSI' } }),
};

const UPDATES: Endpoint[] = [
  {
    name: 'POST /task-forces/:state/members',
    method: 'post',
    path: (st) => `/task-forces/${st}/members`,
    body: () => ({ agency: 'DEA', capabilities: ['law-enforcement', 'intelligence'] }),
    otherBody: () => ({ agency: 'ATF', capabilities: ['law-enforcement'] }),
    status: 201,
    command: 'EnrollMemberAgency',
    eventType: 'MemberAgencyEnrolled',
    prepare: establish,
    effect: (tf) =>
      expect(tf.members).toContainEqual(
        expect.objectContaining({ agency: 'DEA', capabilities: ['law-enforcement', 'intelligence'] }),
      ),
  },
  {
    name: 'POST /task-forces/:state/members/:agency/withdrawal',
    method: 'post',
    path: (st) => `/task-forces/${st}/members/DOL-OIG/withdrawal`,
    body: () => ({ reason: 'Agents redeployed to the southwest border surge' }),
    otherBody: () => ({ reason: 'Field office closed' }),
    status: 200,
    command: 'WithdrawMemberAgency',
    eventType: 'MemberAgencyWithdrawn',
    prepare: async (st) => {
      await establish(st);
      await ok(
        send('post', `/task-forces/${st}/members`).send({
          agency: 'DOL-OIG',
          capabilities: ['intelligence'],
        }),
      );
    },
    effect: (tf) => expect(memberCodes(tf)).not.toContain('DOL-OIG'),
  },
  {
    name: 'PUT /task-forces/:state/co-leads/:department',
    method: 'put',
    path: (st) => `/task-forces/${st}/co-leads/DOJ`,
    body: () => ({ agency: 'DEA' }),
    otherBody: () => ({ agency: 'ATF' }),
    status: 200,
    command: 'DesignateCoLead',
    eventType: 'CoLeadDesignated',
    prepare: establish,
    effect: (tf) => {
      expect(tf.coLeads).toEqual({ DOJ: 'DEA', DHS: 'ICE-HSI' });
      expect(memberCodes(tf)).toEqual(expect.arrayContaining(['FBI', 'DEA']));
    },
  },
  {
    name: 'PUT /task-forces/:state/objectives',
    method: 'put',
    path: (st) => `/task-forces/${st}/objectives`,
    body: () => ({ objectives: ['cartels', 'human-smuggling'] }),
    otherBody: () => ({ objectives: ['gangs'] }),
    status: 200,
    command: 'SetObjectives',
    eventType: 'ObjectivesSet',
    prepare: establish,
    effect: (tf) => expect(tf.objectives).toEqual(['cartels', 'human-smuggling']),
  },
];

const EVERY_COMMAND = [ESTABLISH, ...UPDATES];

describe.each(EVERY_COMMAND)('$name', (endpoint) => {
  const request = (st: string, as: string | null = 'operator') =>
    send(endpoint.method, endpoint.path(st), as);
  const shared = () => (endpoint === ESTABLISH ? fresh() : SHARED);

  it('answers the new revision and global position, appends one event, and changes the task force', async () => {
    const st = fresh();
    await endpoint.prepare?.(st);
    const before = endpoint.prepare ? BigInt((await taskForce(st)).revision) : -1n;
    const count = await eventCount();
    const response = await request(st, 'supervisor').send(endpoint.body(st));
    const revision = String(before + 1n);
    expectCommandAnswer(response, { status: endpoint.status, id: st, streamId: `taskforce-${st}`, revision });
    await expectOneEventAppended(client, count, response, {
      type: endpoint.eventType,
      streamId: `taskforce-${st}`,
      metadata: { actor: { sub: 'supervisor@test', role: 'supervisor' } },
    });
    const after = await taskForce(st);
    expect(after.revision).toBe(revision);
    endpoint.effect(after.state);
  });

  it('acts on the revision named by If-Match, and answers 409 with the current revision when it is stale', async () => {
    const st = endpoint.prepare ? fresh() : SHARED;
    if (endpoint.prepare) await endpoint.prepare(st);
    const current = (await taskForce(st)).revision;
    const stale = String(BigInt(current) + 3n);
    const problem = await refused(
      () => request(st).set('If-Match', `"${stale}"`).send(endpoint.body(st)),
      409,
    );
    expect(problem).toMatchObject({
      currentRevision: current,
      type: expect.stringContaining('revision-conflict'),
    });
    if (endpoint.prepare) {
      const response = await request(st).set('If-Match', `"${current}"`).send(endpoint.body(st));
      expect(response.status).toBe(endpoint.status);
      expect(response.body.revision).toBe(String(BigInt(current) + 1n));
    }
  });

  it('repeats the first answer for a retry with the same Idempotency-Key and body, appending nothing', async () => {
    const st = fresh();
    await endpoint.prepare?.(st);
    const key = `retry-${endpoint.eventType}-${st}`;
    await expectIdempotentRetry(client, {
      send: (body) => request(st).set('Idempotency-Key', key).send(body),
      status: endpoint.status,
      body: endpoint.body(st),
      otherBody: endpoint.otherBody(st),
    });
  });

  itRefusesMalformedRequests({
    client,
    target: () => {
      const st = shared();
      return { request: (as) => request(st, as), body: endpoint.body(st) };
    },
    unknownField: ['urgency', 'high'],
    malformedJson: '{"agency": "DEA",',
    plainText: 'state=TX',
    bodyLimit: BODY_LIMIT,
  });

  it.each(['liaison', 'auditor', 'admin'])('answers 403 to the role %s', async (role) => {
    const st = shared();
    const problem = await refused(() => request(st, role).send(endpoint.body(st)), 403);
    expect(problem.detail).toBe(`the role ${role} may not send ${endpoint.command}`);
  });
});

describe.each(UPDATES)('$name on a task force that is not there', (endpoint) => {
  it('answers 404 for a state without a task force', async () => {
    const problem = await refused(
      () => send(endpoint.method, endpoint.path(NEVER_ESTABLISHED)).send(endpoint.body(NEVER_ESTABLISHED)),
      404,
    );
    expect(problem.detail).toContain(NEVER_ESTABLISHED);
  });

  it.each(['tx', 'XX', 'TEXAS'])('answers 400 naming `state` for the path parameter %s', async (st) => {
    const problem = await refused(
      () => send(endpoint.method, endpoint.path(st)).send(endpoint.body(st)),
      400,
    );
    expect(fieldsOf(problem)).toEqual(['state']);
  });
});

describe('POST /task-forces: input and rules', () => {
  it('answers Location /task-forces/<ST> and cites EO 14159 unless told otherwise', async () => {
    const [plain, cited] = [fresh(), fresh()];
    const response = await establish(plain);
    expect(response.headers.location).toBe(`/task-forces/${plain}`);
    await ok(send('post', '/task-forces').send({ ...ESTABLISH.body(cited), authority: 'EO 14159 sec. 2' }));
    expect((await taskForce(plain)).state.authority).toBe('EO 14159');
    expect((await taskForce(cited)).state.authority).toBe('EO 14159 sec. 2');
  });

  it('answers 400 for every bad field at once', async () => {
    const problem = await refused(
      () =>
        send('post', '/task-forces').send({ state: 'XX', dojCoLead: 'fbi', dhsCoLead: 42, authority: '' }),
      400,
    );
    expect(fieldsOf(problem).sort()).toEqual(['authority', 'dhsCoLead', 'dojCoLead', 'state']);
  });

  it('answers 400 for missing fields', async () => {
    const problem = await refused(() => send('post', '/task-forces').send({}), 400);
    expect(new Set(fieldsOf(problem))).toEqual(new Set(['state', 'dojCoLead', 'dhsCoLead']));
  });

  it('answers 400 naming a co-lead that is not in the agency catalog', async () => {
    const problem = await refused(
      () => send('post', '/task-forces').send({ ...ESTABLISH.body(fresh()), dhsCoLead: 'NSA' }),
      400,
    );
    expect(problem.errors).toEqual([{ field: 'dhsCoLead', reason: 'NSA is not an agency of the catalog' }]);
  });

  it('answers 422 TASK_FORCE_ALREADY_ESTABLISHED for a second task force in a state', async () => {
    const problem = await refused(() => send('post', '/task-forces').send(ESTABLISH.otherBody(SHARED)), 422);
    expect(problem.code).toBe('TASK_FORCE_ALREADY_ESTABLISHED');
  });

  it('answers 422 TASK_FORCE_CO_LEAD_NOT_OF_DEPARTMENT for a DHS agency co-leading for DOJ', async () => {
    const problem = await refused(
      () => send('post', '/task-forces').send({ ...ESTABLISH.body(fresh()), dojCoLead: 'CBP' }),
      422,
    );
    expect(problem).toMatchObject({
      code: 'TASK_FORCE_CO_LEAD_NOT_OF_DEPARTMENT',
      title: 'Refused by a rule of the domain',
    });
  });

  it('answers 422 for an Idempotency-Key reused to establish the task force of another state', async () => {
    const [first, second] = [fresh(), fresh()];
    await ok(
      send('post', '/task-forces').set('Idempotency-Key', `establish-${first}`).send(ESTABLISH.body(first)),
    );
    const problem = await refused(
      () =>
        send('post', '/task-forces')
          .set('Idempotency-Key', `establish-${first}`)
          .send(ESTABLISH.body(second)),
      422,
    );
    expect(problem.type).toContain('idempotency-key-reused');
  });
});

describe('GET /task-forces/:state', () => {
  it('answers the folded task force with its revision in ETag', async () => {
    const response = await ok(send('get', `/task-forces/${SHARED}`, 'auditor'));
    expect(response.headers.etag).toBe(`"${response.body.revision}"`);
    expect(response.body).toMatchObject({
      id: SHARED,
      state: {
        status: 'established',
        state: SHARED,
        authority: 'EO 14159',
        coLeads: { DOJ: 'FBI', DHS: 'ICE-HSI' },
        objectives: [],
      },
    });
    expect(memberCodes(response.body.state)).toEqual(['FBI', 'ICE-HSI', 'DOL-OIG']);
  });

  it('is read by a liaison of a member agency or of the state, and does not exist for others', async () => {
    await ok(send('get', `/task-forces/${SHARED}`, 'liaison'));
    await ok(
      send(
        'get',
        `/task-forces/${SHARED}`,
        await client.api().token('liaison', { agency: 'TX-DPS', states: ['TX'] }),
      ),
    );
    const outsider = await client.api().token('liaison', { agency: 'USCG', states: ['FL'] });
    const problem = await refused(() => send('get', `/task-forces/${SHARED}`, outsider), 404);
    expect(problem.detail).toBe(`No task force with id ${SHARED}.`);
  });

  it('answers 404 for a state without a task force, 400 for a bad code, 401 without a token', async () => {
    await refused(() => send('get', `/task-forces/${NEVER_ESTABLISHED}`), 404);
    const problem = await refused(() => send('get', '/task-forces/Texas'), 400);
    expect(fieldsOf(problem)).toEqual(['state']);
    await refused(() => send('get', `/task-forces/${SHARED}`, null), 401);
  });
});

describe('POST /task-forces/:state/members: input and rules', () => {
  const enroll = (st: string, body: Record<string, unknown>) =>
    send('post', `/task-forces/${st}/members`).send(body);

  it('enrols a registered agency of the state', async () => {
    await ok(enroll(SHARED, { agency: 'TX-DPS', capabilities: ['law-enforcement', 'logistics'] }));
    expect(memberCodes((await taskForce(SHARED)).state)).toContain('TX-DPS');
  });

  it.each([
    [{ agency: 'DEA', capabilities: ['cooking'] }, 'capabilities'],
    [{ agency: 'DEA', capabilities: [] }, 'capabilities'],
    [{ agency: 'DEA', capabilities: ['logistics', 'logistics'] }, 'capabilities'],
    [{ agency: 'DEA', capabilities: 'logistics' }, 'capabilities'],
    [{ agency: 'dea', capabilities: ['logistics'] }, 'agency'],
    [{ capabilities: ['logistics'] }, 'agency'],
  ])('answers 400 for %j naming %s', async (body, field) => {
    const problem = await refused(() => enroll(SHARED, body), 400);
    expect(fieldsOf(problem)).toContain(field);
  });

  it('answers 400 naming an agency that is not registered', async () => {
    const problem = await refused(
      () => enroll(SHARED, { agency: 'TX-HPD', capabilities: ['law-enforcement'] }),
      400,
    );
    expect(problem.errors).toEqual([{ field: 'agency', reason: 'TX-HPD is not an agency of the catalog' }]);
  });

  it('answers 422 TASK_FORCE_AGENCY_ALREADY_ENROLLED for a member', async () => {
    const problem = await refused(
      () => enroll(SHARED, { agency: 'FBI', capabilities: ['intelligence'] }),
      422,
    );
    expect(problem.code).toBe('TASK_FORCE_AGENCY_ALREADY_ENROLLED');
  });

  it('answers 422 TASK_FORCE_AGENCY_OF_ANOTHER_STATE for an agency of another state', async () => {
    const problem = await refused(
      () => enroll(SHARED, { agency: 'OK-OBN', capabilities: ['intelligence'] }),
      422,
    );
    expect(problem.code).toBe('TASK_FORCE_AGENCY_OF_ANOTHER_STATE');
  });
});

describe('POST /task-forces/:state/members/:agency/withdrawal: input and rules', () => {
  const withdraw = (agency: string, body: Record<string, unknown>) =>
    send('post', `/task-forces/${SHARED}/members/${agency}/withdrawal`).send(body);

  it('answers 400 naming `agency` for a malformed code in the path', async () => {
    const problem = await refused(() => withdraw('dol-oig', { reason: 'Field office closed' }), 400);
    expect(fieldsOf(problem)).toEqual(['agency']);
  });

  it.each([[{}], [{ reason: '' }], [{ reason: 7 }]])('answers 400 naming `reason` for %j', async (body) => {
    const problem = await refused(() => withdraw('DOL-OIG', body), 400);
    expect(fieldsOf(problem)).toContain('reason');
  });

  it('answers 422 TASK_FORCE_AGENCY_NOT_ENROLLED for an agency that is not a member', async () => {
    const problem = await refused(() => withdraw('ATF', { reason: 'Field office closed' }), 422);
    expect(problem.code).toBe('TASK_FORCE_AGENCY_NOT_ENROLLED');
  });

  it('answers 422 TASK_FORCE_CO_LEAD_CANNOT_WITHDRAW for a co-lead', async () => {
    const problem = await refused(() => withdraw('FBI', { reason: 'Field office closed' }), 422);
    expect(problem.code).toBe('TASK_FORCE_CO_LEAD_CANNOT_WITHDRAW');
  });
});

describe('PUT /task-forces/:state/co-leads/:department: input and rules', () => {
  const designate = (department: string, body: Record<string, unknown>) =>
    send('put', `/task-forces/${SHARED}/co-leads/${department}`).send(body);

  it.each(['DOL', 'doj', 'STATE'])('answers 400 naming `department` for %s', async (department) => {
    const problem = await refused(() => designate(department, { agency: 'DEA' }), 400);
    expect(fieldsOf(problem)).toEqual(['department']);
  });

  it('answers 400 naming `agency` when it is missing, malformed or not in the catalog', async () => {
    expect(fieldsOf(await refused(() => designate('DOJ', {}), 400))).toEqual(['agency']);
    expect(fieldsOf(await refused(() => designate('DOJ', { agency: 'F B I' }), 400))).toEqual(['agency']);
    expect(fieldsOf(await refused(() => designate('DOJ', { agency: 'NSA' }), 400))).toEqual(['agency']);
  });

  it('answers 422 TASK_FORCE_CO_LEAD_NOT_OF_DEPARTMENT for an agency of the other department', async () => {
    const problem = await refused(() => designate('DOJ', { agency: 'CBP' }), 422);
    expect(problem.code).toBe('TASK_FORCE_CO_LEAD_NOT_OF_DEPARTMENT');
  });

  it('answers 422 TASK_FORCE_ALREADY_CO_LEAD for the current co-lead', async () => {
    const problem = await refused(() => designate('DHS', { agency: 'ICE-HSI' }), 422);
    expect(problem.code).toBe('TASK_FORCE_ALREADY_CO_LEAD');
  });
});

describe('PUT /task-forces/:state/objectives: input and rules', () => {
  const setObjectives = (st: string, body: Record<string, unknown>) =>
    send('put', `/task-forces/${st}/objectives`).send(body);

  it.each([
    [{ objectives: ['world-peace'] }],
    [{ objectives: [] }],
    [{ objectives: ['gangs', 'gangs'] }],
    [{}],
  ])('answers 400 naming `objectives` for %j', async (body) => {
    const problem = await refused(() => setObjectives(SHARED, body), 400);
    expect(fieldsOf(problem)).toContain('objectives');
  });

  it('answers 422 TASK_FORCE_OBJECTIVES_UNCHANGED for the objectives it already has, in any order', async () => {
    const st = fresh();
    await establish(st);
    await ok(setObjectives(st, { objectives: ['cartels', 'gangs'] }));
    const problem = await refused(() => setObjectives(st, { objectives: ['gangs', 'cartels'] }), 422);
    expect(problem.code).toBe('TASK_FORCE_OBJECTIVES_UNCHANGED');
  });
});
