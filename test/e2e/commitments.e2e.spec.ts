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

const BODY_LIMIT = 4096;

// The FBI pledges agents to the Texas task force; CBP's liaison works in Texas too but speaks for CBP only.
const PERIOD = { from: '2025-12-01T00:00:00Z', to: '2099-06-01T00:00:00Z' };
const DELIVERED_AT = '2025-12-02T08:00:00Z';

// Who acts in these tests, by the name the tables below use.
const ACTORS: Record<string, Actor> = {
  ...COMMAND_CENTRE,
  pledger: { role: 'liaison', agency: 'FBI', states: ['TX'] },
  colleague: { role: 'liaison', agency: 'CBP', states: ['TX'] },
  outsider: { role: 'liaison', agency: 'ATF', states: ['OK'] },
};

const client = e2eClient('pledger');
const { send, refused, eventCount } = client;

jest.setTimeout(30_000);

beforeAll(async () => {
  await client.start(ACTORS, { HSTF_BODY_LIMIT_BYTES: String(BODY_LIMIT) });
  await ok(
    send('post', '/task-forces', 'operator').send({ state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }),
  );
}, 60_000);

afterAll(() => client.close());

const PLEDGE = {
  agency: 'FBI',
  taskForce: 'TX',
  kind: 'personnel',
  quantity: 12,
  unit: 'agents',
  period: PERIOD,
  appropriation: 'available',
  note: 'Special agents from the San Antonio field office.',
};

async function pledged(): Promise<string> {
  const commitmentId = randomUUID();
  await ok(send('post', '/commitments').send({ ...PLEDGE, commitmentId }));
  return commitmentId;
}

async function commitment(
  commitmentId: string,
): Promise<{ revision: string; state: Record<string, unknown> }> {
  return (await ok(send('get', `/commitments/${commitmentId}`, 'auditor'))).body;
}

const deliver = (quantity: number) => (id: string) =>
  ok(send('post', `/commitments/${id}/deliveries`).send({ quantity, deliveredAt: DELIVERED_AT }));
const withdraw = (id: string) =>
  ok(send('post', `/commitments/${id}/withdrawal`).send({ reason: 'Field office reassigned.' }));

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
  readonly body: Record<string, unknown>;
  /** What the command answers besides where the commitment is (a delivery names itself). */
  readonly answers?: Record<string, unknown>;
  /** Also valid, but another request: reusing an Idempotency-Key with it is refused. */
  readonly otherBody: Record<string, unknown>;
  readonly invalid: { readonly body: Record<string, unknown>; readonly fields: readonly string[] };
  /** Brings a fresh pledge to where the command applies. */
  readonly prepare?: (id: string) => Promise<unknown>;
  readonly rules: readonly {
    readonly name: string;
    readonly prepare?: (id: string) => Promise<unknown>;
    readonly body?: Record<string, unknown>;
    readonly code: string;
  }[];
  readonly effect: (state: Record<string, unknown>) => void;
}

const notPledging = (as: string): Refusal => ({ as, code: 'COMMITMENT_NOT_PLEDGING_AGENCY' });
const FORBIDDEN: readonly Refusal[] = [
  { as: 'auditor' },
  { as: 'operator' },
  notPledging('colleague'),
  // A liaison of neither the pledging agency nor the state: the commitment does not exist for it, so the
  // refusal cannot say who pledged it.
  { as: 'outsider', unseen: true },
];

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /commitments/:id/deliveries',
    path: 'deliveries',
    status: 201,
    command: 'RecordDelivery',
    eventType: 'SupportDelivered',
    body: {
      deliveryId: 'SA-FO-2025-117',
      quantity: 4,
      deliveredAt: DELIVERED_AT,
      note: 'First four agents.',
    },
    answers: { deliveryId: 'SA-FO-2025-117' },
    otherBody: { deliveryId: 'SA-FO-2025-117', quantity: 5, deliveredAt: DELIVERED_AT },
    invalid: {
      body: { quantity: -1, deliveredAt: 'yesterday', deliveryId: '' },
      fields: ['quantity', 'deliveredAt', 'deliveryId'],
    },
    rules: [
      {
        name: 'more than was pledged',
        body: { quantity: 13, deliveredAt: DELIVERED_AT },
        code: 'COMMITMENT_EXCEEDS_PLEDGE',
      },
      {
        name: 'the rest of a partly delivered pledge exceeded',
        prepare: deliver(10),
        body: { quantity: 3, deliveredAt: DELIVERED_AT },
        code: 'COMMITMENT_EXCEEDS_PLEDGE',
      },
      {
        name: 'a delivery in the future',
        body: { quantity: 1, deliveredAt: '2099-01-01T00:00:00Z' },
        code: 'COMMITMENT_DELIVERY_IN_FUTURE',
      },
      {
        name: 'a delivery id recorded before',
        prepare: (id) =>
          ok(
            send('post', `/commitments/${id}/deliveries`).send({
              deliveryId: 'D-1',
              quantity: 1,
              deliveredAt: DELIVERED_AT,
            }),
          ),
        body: { deliveryId: 'D-1', quantity: 1, deliveredAt: DELIVERED_AT },
        code: 'COMMITMENT_DUPLICATE_DELIVERY',
      },
      { name: 'a withdrawn pledge', prepare: withdraw, code: 'COMMITMENT_WITHDRAWN' },
    ],
    effect: (state) =>
      expect(state.deliveries).toEqual([
        { deliveryId: 'SA-FO-2025-117', quantity: 4, deliveredAt: DELIVERED_AT },
      ]),
  },
  {
    name: 'POST /commitments/:id/adjustments',
    path: 'adjustments',
    status: 201,
    command: 'AdjustCommitment',
    eventType: 'CommitmentAdjusted',
    body: { quantity: 8, appropriation: 'pending', reason: 'Four agents recalled to the border surge.' },
    otherBody: { quantity: 6, reason: 'Six recalled.' },
    invalid: {
      body: { quantity: '8', appropriation: 'maybe', period: { from: '2025-12-01' }, reason: '' },
      fields: ['quantity', 'appropriation', 'period.from', 'period.to', 'reason'],
    },
    prepare: deliver(4),
    rules: [
      {
        name: 'a quantity below what was delivered',
        prepare: deliver(4),
        body: { quantity: 3, reason: 'Cut.' },
        code: 'COMMITMENT_BELOW_DELIVERED',
      },
      {
        name: 'a change that changes nothing',
        body: { quantity: 12, reason: 'Restated.' },
        code: 'COMMITMENT_NO_CHANGE',
      },
      {
        name: 'a period that ends before it starts',
        body: { period: { from: PERIOD.to, to: PERIOD.from }, reason: 'Swapped.' },
        code: 'COMMITMENT_INVALID_PERIOD',
      },
      { name: 'a withdrawn pledge', prepare: withdraw, code: 'COMMITMENT_WITHDRAWN' },
    ],
    effect: (state) => expect(state).toMatchObject({ quantity: 8, appropriation: 'pending', period: PERIOD }),
  },
  {
    name: 'POST /commitments/:id/withdrawal',
    path: 'withdrawal',
    status: 200,
    command: 'WithdrawCommitment',
    eventType: 'CommitmentWithdrawn',
    body: { reason: 'Field office reassigned to a national priority.' },
    otherBody: { reason: 'Budget cut.' },
    invalid: { body: { reason: 'Cut', effective: 'now' }, fields: ['effective'] },
    prepare: deliver(4),
    rules: [
      { name: 'a blank reason', body: { reason: '   ' }, code: 'COMMITMENT_BLANK_FIELD' },
      { name: 'a pledge already withdrawn', prepare: withdraw, code: 'COMMITMENT_WITHDRAWN' },
    ],
    // What was delivered before the withdrawal stays on the record.
    effect: (state) =>
      expect(state).toMatchObject({
        status: 'withdrawn',
        deliveries: [expect.objectContaining({ quantity: 4 })],
      }),
  },
];

describe.each(ENDPOINTS)('$name', (endpoint) => {
  const request = (id: string, as: string | null = 'pledger') =>
    send('post', `/commitments/${id}/${endpoint.path}`, as);
  const ready = async (): Promise<string> => {
    const id = await pledged();
    await endpoint.prepare?.(id);
    return id;
  };

  it('answers the new revision in ETag and body, appends one event, and changes the commitment', async () => {
    const id = await ready();
    const before = BigInt((await commitment(id)).revision);
    const count = await eventCount();
    const response = await request(id).set('If-Match', `"${before}"`).send(endpoint.body);
    const revision = String(before + 1n);
    const streamId = `commitment-${id}`;
    expectCommandAnswer(response, {
      status: endpoint.status,
      id,
      streamId,
      revision,
      also: endpoint.answers,
    });
    await expectOneEventAppended(client, count, response, {
      type: endpoint.eventType,
      streamId,
      metadata: { actor: { role: 'liaison', agency: 'FBI' }, scope: { states: ['TX'], agencies: ['FBI'] } },
    });
    const after = await commitment(id);
    expect(after.revision).toBe(revision);
    endpoint.effect(after.state);
  });

  it('answers 409 with the current revision when If-Match is stale, appending nothing', async () => {
    const id = await ready();
    const seen = (await commitment(id)).revision;
    await ok(send('post', `/commitments/${id}/deliveries`).send({ quantity: 1, deliveredAt: DELIVERED_AT }));
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
    malformedJson: '{"quantity": 4,',
    plainText: 'quantity=4',
    bodyLimit: BODY_LIMIT,
  });

  it('answers 400 naming every bad field', async () => {
    const id = await ready();
    const problem = await refused(() => request(id).send(endpoint.invalid.body), 400);
    expect(new Set(fieldsOf(problem))).toEqual(new Set(endpoint.invalid.fields));
  });

  it.each(FORBIDDEN)(
    'answers 403, or 404 if it may not read the commitment, to $as',
    async ({ as, code, unseen }) => {
      const id = await ready();
      if (unseen) {
        const problem = await refused(() => request(id, as).send(endpoint.body), 404);
        expect(problem.detail).toBe(`No commitment with id ${id}.`);
        expect(JSON.stringify(problem)).not.toMatch(/DEA|COMMITMENT_/);
        return;
      }
      const problem = await refused(() => request(id, as).send(endpoint.body), 403);
      if (code) expect(problem.code).toBe(code);
      else expect(problem.detail).toContain(`may not send ${endpoint.command}`);
    },
  );

  it('answers 404 for a commitment never pledged', async () => {
    const unknown = randomUUID();
    const problem = await refused(() => request(unknown).send(endpoint.body), 404);
    expect(problem.detail).toContain(unknown);
  });

  it.each(endpoint.rules)('answers 422 $code for $name', async (rule) => {
    const id = await pledged();
    await rule.prepare?.(id);
    const problem = await refused(() => request(id).send(rule.body ?? endpoint.body), 422);
    expect(problem).toMatchObject({ code: rule.code, title: 'Refused by a rule of the domain' });
  });

  it('answers 400 for an id that is not a UUID, and 401 without a token', async () => {
    await refused(() => request('pledge-1').send(endpoint.body), 400);
    await refused(() => request(randomUUID(), null).send(endpoint.body), 401);
  });
});

describe('POST /commitments/:id/deliveries without a delivery id', () => {
  it('names the delivery in the answer, and names it the same on a retry with the same Idempotency-Key', async () => {
    const id = await pledged();
    const body = { quantity: 2, deliveredAt: DELIVERED_AT };
    const key = `delivery-${id}`;
    const first = await ok(
      send('post', `/commitments/${id}/deliveries`).set('Idempotency-Key', key).send(body),
    );
    expect(first.body.deliveryId).toMatch(/^[0-9a-f-]{36}$/);
    const retry = await ok(
      send('post', `/commitments/${id}/deliveries`).set('Idempotency-Key', key).send(body),
    );
    expect(retry.body).toEqual({ ...first.body, replayed: true });
    const second = await ok(send('post', `/commitments/${id}/deliveries`).send(body));
    expect(second.body.deliveryId).not.toBe(first.body.deliveryId);
    expect((await commitment(id)).state.deliveries).toEqual([
      { deliveryId: first.body.deliveryId, quantity: 2, deliveredAt: DELIVERED_AT },
      { deliveryId: second.body.deliveryId, quantity: 2, deliveredAt: DELIVERED_AT },
    ]);
  });
});

describe('POST /commitments', () => {
  const pledge = (body: Record<string, unknown>, as = 'pledger') =>
    send('post', '/commitments', as).send(body);
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('records a pledge under a generated id, with Location, ETag and the global position', async () => {
    const count = await eventCount();
    const response = await pledge(PLEDGE);
    const { id } = response.body;
    expect(id).toMatch(UUID);
    expectCommandAnswer(response, { status: 201, id, streamId: `commitment-${id}`, revision: '0' });
    expect(response.headers.location).toBe(`/commitments/${id}`);
    await expectOneEventAppended(client, count, response, {
      type: 'SupportPledged',
      data: { ...PLEDGE, commitmentId: id },
      metadata: { actor: { role: 'liaison', agency: 'FBI' }, scope: { states: ['TX'], agencies: ['FBI'] } },
    });
    expect((await commitment(id)).state).toMatchObject({
      status: 'pledged',
      agency: 'FBI',
      quantity: 12,
      deliveries: [],
    });
  });

  it('takes the id the client chose, in lower case', async () => {
    const commitmentId = randomUUID();
    const response = await ok(pledge({ ...PLEDGE, commitmentId: commitmentId.toUpperCase() }));
    expect(response.body.id).toBe(commitmentId);
    expect((await commitment(commitmentId)).state).toMatchObject({ commitmentId });
  });

  it('answers 409 with the current revision for If-Match on a commitment that moved on', async () => {
    const commitmentId = await pledged();
    const problem = await refused(() => pledge({ ...PLEDGE, commitmentId }).set('If-Match', '"2"'), 409);
    expect(problem.currentRevision).toBe('0');
  });

  it('repeats the answer for the same Idempotency-Key and body (same generated id), 422 for another body', async () => {
    const key = `pledge-${randomUUID()}`;
    const { first, retry } = await expectIdempotentRetry(client, {
      send: (body) => pledge(body).set('Idempotency-Key', key),
      status: 201,
      body: PLEDGE,
      otherBody: { ...PLEDGE, quantity: 20 },
    });
    expect(first.body.id).toMatch(UUID);
    expect(retry.headers.location).toBe(first.headers.location);
  });

  itRefusesMalformedRequests({
    client,
    target: () => ({ request: (as) => send('post', '/commitments', as), body: PLEDGE }),
    unknownField: ['urgency', 'high'],
    malformedJson: '{"agency": "FBI"',
    plainText: 'agency=FBI',
    bodyLimit: BODY_LIMIT,
  });

  it('answers 400 for every bad field at once', async () => {
    const problem = await refused(
      () =>
        pledge({
          commitmentId: 'pledge-1',
          agency: 'fbi',
          taskForce: 'Texas',
          kind: 'money',
          quantity: 0,
          unit: '',
          period: { from: '2025-12-01T00:00:00Z', to: 'June' },
          appropriation: 'maybe',
          matching: true,
          note: null,
        }),
      400,
    );
    expect(new Set(fieldsOf(problem))).toEqual(
      new Set([
        'commitmentId',
        'agency',
        'taskForce',
        'kind',
        'quantity',
        'unit',
        'period.to',
        'appropriation',
        'matching',
        'note',
      ]),
    );
  });

  it('answers 400 for missing fields, and 403 for a pledge in the name of an agency outside the catalog', async () => {
    const missing = await refused(() => pledge({}), 400);
    expect(new Set(fieldsOf(missing))).toEqual(
      new Set(['agency', 'taskForce', 'kind', 'quantity', 'unit', 'period', 'appropriation']),
    );
    // No token may name an agency outside the catalog (a 401), and a liaison pledges only for its own
    // agency: authorization, which comes first, refuses a body naming another one, known or not.
    const unknown = await refused(() => pledge({ ...PLEDGE, agency: 'NSA' }), 403);
    expect(unknown.detail).toContain('may not send PledgeSupport for NSA');
    const nsaLiaison = await client.api().token('liaison', { agency: 'NSA' });
    const nsa = await refused(() => pledge({ ...PLEDGE, agency: 'NSA' }, nsaLiaison), 401);
    expect(nsa.detail).toContain('claim "agency" "NSA" is not an agency of the catalog');
  });

  it.each(['auditor', 'operator', 'supervisor', 'admin'])('answers 403 to the role %s', async (as) => {
    const problem = await refused(() => pledge(PLEDGE, as), 403);
    expect(problem.detail).toContain('may not send PledgeSupport');
  });

  it("answers 403 to a liaison pledging another agency's support", async () => {
    const problem = await refused(() => pledge(PLEDGE, 'colleague'), 403);
    expect(problem.detail).toBe('a liaison of CBP may not send PledgeSupport for FBI');
  });

  it.each([
    [
      'a period that ends before it starts',
      { period: { from: PERIOD.to, to: PERIOD.from } },
      'COMMITMENT_INVALID_PERIOD',
    ],
    ['a blank unit', { unit: '   ' }, 'COMMITMENT_BLANK_FIELD'],
  ])('answers 422 for %s', async (_case, change, code) => {
    const problem = await refused(() => pledge({ ...PLEDGE, ...change }), 422);
    expect(problem.code).toBe(code);
  });

  it('answers 422 COMMITMENT_ALREADY_PLEDGED for an id already in use', async () => {
    const commitmentId = await pledged();
    const problem = await refused(() => pledge({ ...PLEDGE, commitmentId, quantity: 3 }), 422);
    expect(problem.code).toBe('COMMITMENT_ALREADY_PLEDGED');
  });
});

describe('GET /commitments/:id', () => {
  it('answers pledged and delivered with the revision in ETag', async () => {
    const id = await pledged();
    await deliver(4)(id);
    await deliver(3)(id);
    const response = await ok(send('get', `/commitments/${id}`, 'supervisor'));
    expect(response.headers.etag).toBe('"2"');
    expect(response.body).toEqual({
      id,
      revision: '2',
      state: {
        status: 'pledged',
        commitmentId: id,
        agency: 'FBI',
        taskForce: 'TX',
        kind: 'personnel',
        quantity: 12,
        unit: 'agents',
        period: PERIOD,
        appropriation: 'available',
        deliveries: [
          { deliveryId: expect.any(String), quantity: 4, deliveredAt: DELIVERED_AT },
          { deliveryId: expect.any(String), quantity: 3, deliveredAt: DELIVERED_AT },
        ],
      },
    });
  });

  it("is read by the pledging agency's liaison and the state's, and does not exist for a liaison of neither", async () => {
    const id = await pledged();
    await ok(send('get', `/commitments/${id}`, 'pledger'));
    await ok(send('get', `/commitments/${id}`, 'colleague'));
    const problem = await refused(() => send('get', `/commitments/${id}`, 'outsider'), 404);
    expect(problem.detail).toBe(`No commitment with id ${id}.`);
  });

  it('answers 404 for an unknown id, 400 for a malformed one, 401 without a token', async () => {
    await refused(() => send('get', `/commitments/${randomUUID()}`), 404);
    await refused(() => send('get', '/commitments/pledge-1'), 400);
    await refused(() => send('get', `/commitments/${randomUUID()}`, null), 401);
  });
});
