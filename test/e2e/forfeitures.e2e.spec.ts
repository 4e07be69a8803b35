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

const BODY_LIMIT = 8192;

// The Arizona task force (co-led by the FBI and ICE-HSI) and its case against an online trafficking
// marketplace: the FBI seized, DOJ-MLARS rules on remission, CCHT files the survivors' petitions. ICE-HSI's
// liaison serves on the task force but is not on the forfeiture; New Mexico's task force has one forfeiture
// of its own, for the ledger.
const ACTORS: Record<string, Actor> = {
  ...COMMAND_CENTRE,
  fbi: { role: 'liaison', agency: 'FBI', states: ['AZ'] },
  mlars: { role: 'liaison', agency: 'DOJ-MLARS' },
  ccht: { role: 'liaison', agency: 'CCHT' },
  hsi: { role: 'liaison', agency: 'ICE-HSI', states: ['AZ'] },
};

const client = e2eClient('fbi');
const { send, refused, eventCount } = client;

jest.setTimeout(30_000);

beforeAll(async () => {
  await client.start(ACTORS, { HSTF_BODY_LIMIT_BYTES: String(BODY_LIMIT) });
  for (const state of ['AZ', 'NM']) {
    await ok(
      send('post', '/task-forces', 'operator').send({ state, dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }),
    );
  }
}, 60_000);

afterAll(() => client.close());

const SCOPE = { states: [], agencies: ['CCHT', 'DOJ-MLARS', 'FBI'], restricted: true };
const OPEN = {
  caseReference: 'CR-18-00422-PHX-DJH',
  court: 'azd',
  taskForce: 'AZ',
  seizingAgency: 'FBI',
  assets: [
    { kind: 'financial-account', value: 1_250_000.5, description: 'Funds in a business account' },
    { kind: 'digital-asset', value: 300_000, description: 'Bitcoin held in custody' },
    { kind: 'real-property', value: 450_000 },
  ],
};
const SEIZED = 2_000_000.5;

let next = 1;
/** A fresh reference of a record: REM-2026-000001, AFF-2026-000002 ... */
const reference = (prefix: string) => `${prefix}-2026-${String(next++).padStart(6, '0')}`;

async function opened(body: Record<string, unknown> = {}): Promise<string> {
  const forfeitureId = randomUUID();
  await ok(send('post', '/forfeitures', 'fbi').send({ ...OPEN, ...body, forfeitureId }));
  return forfeitureId;
}

async function forfeiture(id: string): Promise<{ revision: string; state: Record<string, unknown> }> {
  return (await ok(send('get', `/forfeitures/${id}`, 'supervisor'))).body;
}

/** The steps that bring a forfeiture to where a command applies. */
type Step = (id: string, petition: string) => Promise<unknown>;
const ordered: Step = (id) =>
  ok(
    send('post', `/forfeitures/${id}/order`, 'fbi').send({
      orderReference: 'ECF-2044',
      amountForfeited: 1_800_000,
    }),
  );
const pooled: Step = async (id, petition) => {
  await ordered(id, petition);
  await ok(
    send('post', `/forfeitures/${id}/pool-placements`, 'mlars').send({
      placementReference: reference('AFF'),
      amount: 1_000_000,
    }),
  );
};
const filed: Step = (id, petition) =>
  ok(send('post', `/forfeitures/${id}/petitions`, 'ccht').send({ petitionReference: petition }));
const reviewed: Step = async (id, petition) => {
  await filed(id, petition);
  await ok(send('post', `/forfeitures/${id}/petitions/${petition}/review`, 'mlars').send({}));
};
const pooledAndReviewed: Step = async (id, petition) => {
  await pooled(id, petition);
  await reviewed(id, petition);
};
const granted: Step = async (id, petition) => {
  await pooledAndReviewed(id, petition);
  await ok(send('post', `/forfeitures/${id}/petitions/${petition}/grant`, 'mlars').send({ amount: 25_000 }));
};
const steps =
  (...all: Step[]): Step =>
  async (id, petition) => {
    for (const step of all) await step(id, petition);
  };

describe('POST /forfeitures', () => {
  it("opens a forfeiture, answering where it is; a victim's record, read by its agencies and supervision only", async () => {
    const forfeitureId = randomUUID();
    const count = await eventCount();
    const response = await send('post', '/forfeitures', 'fbi').send({ ...OPEN, forfeitureId });
    expectCommandAnswer(response, {
      status: 201,
      id: forfeitureId,
      streamId: `forfeiture-${forfeitureId}`,
      revision: '0',
    });
    expect(response.headers.location).toBe(`/forfeitures/${forfeitureId}`);
    await expectOneEventAppended(client, count, response, {
      type: 'ForfeitureOpened',
      metadata: { scope: SCOPE },
    });
    for (const reader of ['supervisor', 'auditor', 'fbi', 'mlars', 'ccht']) {
      const body = (await ok(send('get', `/forfeitures/${forfeitureId}`, reader))).body;
      expect([reader, body.state]).toMatchObject([
        reader,
        {
          status: 'seized',
          caseReference: OPEN.caseReference,
          seizingAgency: 'FBI',
          totals: { seized: SEIZED, forfeited: 0, inPool: 0, granted: 0, paid: 0 },
          petitions: [],
        },
      ]);
    }
    // Operators, admins and other agencies, even of the task force, do not read it: for them it does not exist.
    for (const reader of ['operator', 'admin', 'hsi']) {
      const hidden = await refused(() => send('get', `/forfeitures/${forfeitureId}`, reader), 404);
      expect(hidden.detail).toBe(`No forfeiture with id ${forfeitureId}.`);
    }
  });

  it('may be opened by a supervisor for the seizing agency', async () => {
    const response = await send('post', '/forfeitures', 'supervisor').send(OPEN);
    expect(response.status).toBe(201);
    expect((await forfeiture(response.body.id)).state).toMatchObject({ seizingAgency: 'FBI' });
  });

  it('answers 400 naming every bad field', async () => {
    const problem = await refused(
      () =>
        send('post', '/forfeitures', 'fbi').send({
          caseReference: 'cr-18',
          court: 'D. Ariz.',
          taskForce: 'XX',
          seizingAgency: 'fbi',
          assets: [{ kind: 'art', value: 10.005, description: '' }],
        }),
      400,
    );
    expect(new Set(fieldsOf(problem))).toEqual(
      new Set([
        'caseReference',
        'court',
        'taskForce',
        'seizingAgency',
        'assets.0.kind',
        'assets.0.value',
        'assets.0.description',
      ]),
    );
  });

  it('answers 400 naming the field for a Social Security number in free text, and a name in a reference', async () => {
    const ssn = await refused(
      () =>
        send('post', '/forfeitures', 'fbi').send({
          ...OPEN,
          assets: [{ kind: 'vehicle', value: 18_000, description: 'Titled to owner SSN 123-45-6789' }],
        }),
      400,
    );
    expect(ssn.errors).toEqual([
      {
        field: 'assets.0.description',
        reason: expect.stringContaining('Social Security number'),
      },
    ]);
    const name = await refused(
      () => send('post', '/forfeitures', 'fbi').send({ ...OPEN, caseReference: 'CR-18-MARIA-GARCIA' }),
      400,
    );
    expect(name.errors).toEqual([
      { field: 'caseReference', reason: expect.stringContaining('personal name') },
    ]);
  });

  it('answers 422 for a seizing agency that is not a member of the task force', async () => {
    const problem = await refused(
      () => send('post', '/forfeitures', 'supervisor').send({ ...OPEN, seizingAgency: 'DEA' }),
      422,
    );
    expect(problem.code).toBe('FORFEITURE_AGENCY_NOT_MEMBER');
  });

  it('is refused to operators, auditors, admins and a liaison of another agency', async () => {
    for (const as of ['operator', 'auditor', 'admin']) {
      const problem = await refused(() => send('post', '/forfeitures', as).send(OPEN), 403);
      expect(problem.detail).toContain('may not send OpenForfeiture');
    }
    const problem = await refused(() => send('post', '/forfeitures', 'hsi').send(OPEN), 403);
    expect(problem.detail).toBe('a liaison of ICE-HSI may not send OpenForfeiture for FBI');
  });

  it('repeats the first answer for a retry with the same Idempotency-Key', async () => {
    await expectIdempotentRetry(client, {
      send: (body) => send('post', '/forfeitures', 'fbi').set('Idempotency-Key', 'open-once').send(body),
      status: 201,
      body: OPEN,
      otherBody: { ...OPEN, caseReference: 'CR-18-00423-PHX-DJH' },
    });
  });

  itRefusesMalformedRequests({
    client,
    target: () => ({ request: (as = 'fbi') => send('post', '/forfeitures', as), body: OPEN }),
    unknownField: ['victimName', 'Jane Doe'],
    malformedJson: '{"caseReference": "CR-1",',
    plainText: 'caseReference=CR-1',
    bodyLimit: BODY_LIMIT,
  });
});

interface Endpoint {
  /** After /forfeitures/:id/, with `{petition}` for the petition's reference. */
  readonly path: string;
  readonly as: string;
  readonly status: 200 | 201;
  readonly eventType: string;
  readonly body: (petition: string) => Record<string, unknown>;
  /** Brings the forfeiture to where the command applies. */
  readonly prepare?: Step;
  readonly invalid: {
    readonly body: Record<string, unknown>;
    readonly petition?: string;
    readonly fields: readonly string[];
  };
  readonly rules: readonly {
    readonly name: string;
    readonly prepare?: Step;
    readonly body?: (petition: string) => Record<string, unknown>;
    readonly code: string;
  }[];
  /** Refused with 403 and the code (or the permission), or 404 where the forfeiture is not read. */
  readonly forbidden: readonly { readonly as: string; readonly code?: string; readonly unseen?: true }[];
  readonly effect: (state: Record<string, unknown>, petition: string) => void;
}

const petitionOf = (state: Record<string, unknown>, petition: string) =>
  (state.petitions as Record<string, unknown>[]).find((p) => p.petitionReference === petition);

const ENDPOINTS: Endpoint[] = [
  {
    path: 'order',
    as: 'fbi',
    status: 200,
    eventType: 'ForfeitureOrdered',
    body: () => ({ orderReference: 'ECF-2044', amountForfeited: 1_800_000 }),
    invalid: {
      body: { orderReference: 'Order of Judge Brown', amountForfeited: 1.001 },
      fields: ['orderReference', 'amountForfeited'],
    },
    rules: [
      {
        name: 'more than was seized',
        body: () => ({ orderReference: 'ECF-2044', amountForfeited: SEIZED + 0.01 }),
        code: 'FORFEITURE_EXCEEDS_SEIZED',
      },
      { name: 'a second order', prepare: ordered, code: 'FORFEITURE_ALREADY_ORDERED' },
    ],
    forbidden: [
      { as: 'mlars', code: 'FORFEITURE_NOT_SEIZING_AGENCY' },
      { as: 'ccht', code: 'FORFEITURE_NOT_SEIZING_AGENCY' },
      { as: 'operator' },
      { as: 'auditor' },
      { as: 'hsi', unseen: true },
    ],
    effect: (state) =>
      expect(state).toMatchObject({
        status: 'forfeited',
        order: { orderReference: 'ECF-2044' },
        totals: { seized: SEIZED, forfeited: 1_800_000 },
      }),
  },
  {
    path: 'pool-placements',
    as: 'mlars',
    status: 201,
    eventType: 'PlacedInRemissionPool',
    prepare: ordered,
    body: () => ({ placementReference: 'AFF-2026-900001', amount: 1_000_000 }),
    invalid: {
      body: { placementReference: 'aff 1', amount: 0 },
      fields: ['placementReference', 'amount'],
    },
    rules: [
      { name: 'money not yet forfeited', prepare: async () => undefined, code: 'FORFEITURE_NOT_FORFEITED' },
      {
        name: 'more in all than was forfeited',
        body: () => ({ placementReference: 'AFF-2026-900001', amount: 1_800_000.01 }),
        code: 'FORFEITURE_EXCEEDS_FORFEITED',
      },
      {
        name: 'a placement recorded already',
        prepare: steps(ordered, (id) =>
          ok(
            send('post', `/forfeitures/${id}/pool-placements`, 'mlars').send({
              placementReference: 'AFF-2026-900001',
              amount: 1,
            }),
          ),
        ),
        code: 'FORFEITURE_DUPLICATE_PLACEMENT',
      },
    ],
    forbidden: [
      { as: 'fbi', code: 'FORFEITURE_NOT_REMISSION_AUTHORITY' },
      { as: 'ccht', code: 'FORFEITURE_NOT_REMISSION_AUTHORITY' },
      { as: 'operator' },
      { as: 'hsi', unseen: true },
    ],
    effect: (state) =>
      expect(state).toMatchObject({
        status: 'in-pool',
        placements: [{ placementReference: 'AFF-2026-900001', amount: 1_000_000 }],
        totals: { forfeited: 1_800_000, inPool: 1_000_000 },
      }),
  },
  {
    path: 'petitions',
    as: 'ccht',
    status: 201,
    eventType: 'RemissionPetitionFiled',
    body: (petition) => ({ petitionReference: petition, referralId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' }),
    invalid: {
      body: { petitionReference: 'JOHN-SMITH-1', referralId: 'referral-1' },
      fields: ['petitionReference', 'referralId'],
    },
    rules: [{ name: 'a petition filed already', prepare: filed, code: 'FORFEITURE_DUPLICATE_PETITION' }],
    forbidden: [
      { as: 'mlars', code: 'FORFEITURE_NOT_VICTIM_SERVICES' },
      { as: 'fbi', code: 'FORFEITURE_NOT_VICTIM_SERVICES' },
      { as: 'operator' },
      { as: 'hsi', unseen: true },
    ],
    effect: (state, petition) =>
      expect(petitionOf(state, petition)).toMatchObject({
        status: 'filed',
        referralId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
      }),
  },
  {
    path: 'petitions/{petition}/review',
    as: 'mlars',
    status: 200,
    eventType: 'RemissionPetitionReviewStarted',
    prepare: filed,
    body: () => ({}),
    invalid: { body: {}, petition: 'MARIA-GARCIA-2026', fields: ['petition'] },
    rules: [
      { name: 'a petition never filed', prepare: async () => undefined, code: 'FORFEITURE_UNKNOWN_PETITION' },
      { name: 'a petition under review already', prepare: reviewed, code: 'FORFEITURE_PETITION_NOT_FILED' },
    ],
    forbidden: [
      { as: 'ccht', code: 'FORFEITURE_NOT_REMISSION_AUTHORITY' },
      { as: 'fbi', code: 'FORFEITURE_NOT_REMISSION_AUTHORITY' },
      { as: 'operator' },
      { as: 'hsi', unseen: true },
    ],
    effect: (state, petition) =>
      expect(petitionOf(state, petition)).toMatchObject({ status: 'under-review' }),
  },
  {
    path: 'petitions/{petition}/grant',
    as: 'mlars',
    status: 200,
    eventType: 'RemissionPetitionGranted',
    prepare: pooledAndReviewed,
    body: () => ({ amount: 25_000 }),
    // 1e-7 is written in exponent form, which class-validator's own decimal check cannot read.
    invalid: { body: { amount: 1e-7 }, fields: ['amount'] },
    rules: [
      {
        name: 'more than is in the pool',
        body: () => ({ amount: 1_000_000.01 }),
        code: 'FORFEITURE_EXCEEDS_POOL',
      },
      {
        name: 'a petition not under review',
        prepare: steps(pooled, filed),
        code: 'FORFEITURE_PETITION_NOT_UNDER_REVIEW',
      },
    ],
    forbidden: [
      { as: 'ccht', code: 'FORFEITURE_NOT_REMISSION_AUTHORITY' },
      { as: 'auditor' },
      { as: 'hsi', unseen: true },
    ],
    effect: (state, petition) => {
      expect(petitionOf(state, petition)).toMatchObject({ status: 'granted', amountGranted: 25_000 });
      expect(state.totals).toMatchObject({ inPool: 1_000_000, granted: 25_000, paid: 0 });
    },
  },
  {
    path: 'petitions/{petition}/denial',
    as: 'mlars',
    status: 200,
    eventType: 'RemissionPetitionDenied',
    prepare: reviewed,
    body: () => ({ reason: 'The loss claimed is not shown to result from the offense.' }),
    invalid: { body: { reason: 'Petitioner asks to be called at (602) 555-0147.' }, fields: ['reason'] },
    rules: [
      { name: 'a petition not under review', prepare: filed, code: 'FORFEITURE_PETITION_NOT_UNDER_REVIEW' },
    ],
    forbidden: [{ as: 'ccht', code: 'FORFEITURE_NOT_REMISSION_AUTHORITY' }, { as: 'operator' }],
    effect: (state, petition) =>
      expect(petitionOf(state, petition)).toMatchObject({
        status: 'denied',
        denialReason: 'The loss claimed is not shown to result from the offense.',
      }),
  },
  {
    path: 'petitions/{petition}/payment',
    as: 'mlars',
    status: 200,
    eventType: 'RemissionPetitionPaid',
    prepare: granted,
    body: () => ({ paymentReference: 'TREAS-2026-004417' }),
    invalid: { body: { paymentReference: 'wire to Robert Jones' }, fields: ['paymentReference'] },
    rules: [
      { name: 'a petition not granted', prepare: pooledAndReviewed, code: 'FORFEITURE_PETITION_NOT_GRANTED' },
      {
        name: 'a petition paid already',
        prepare: steps(granted, (id, petition) =>
          ok(
            send('post', `/forfeitures/${id}/petitions/${petition}/payment`, 'mlars').send({
              paymentReference: 'TREAS-2026-004416',
            }),
          ),
        ),
        code: 'FORFEITURE_PETITION_NOT_GRANTED',
      },
    ],
    forbidden: [
      { as: 'ccht', code: 'FORFEITURE_NOT_REMISSION_AUTHORITY' },
      { as: 'fbi', code: 'FORFEITURE_NOT_REMISSION_AUTHORITY' },
      { as: 'admin' },
    ],
    effect: (state, petition) => {
      expect(petitionOf(state, petition)).toMatchObject({
        status: 'paid',
        paymentReference: 'TREAS-2026-004417',
      });
      expect(state.totals).toMatchObject({ inPool: 1_000_000, granted: 25_000, paid: 25_000 });
    },
  },
];

describe.each(ENDPOINTS)('POST /forfeitures/:id/$path', (endpoint) => {
  const request = (id: string, petition: string, as: string | null = endpoint.as) =>
    send('post', `/forfeitures/${id}/${endpoint.path.replace('{petition}', petition)}`, as);
  const ready = async (): Promise<{ id: string; petition: string }> => {
    const id = await opened();
    const petition = reference('REM');
    await endpoint.prepare?.(id, petition);
    return { id, petition };
  };

  it('answers the new revision, appends one event, and changes the forfeiture', async () => {
    const { id, petition } = await ready();
    const before = BigInt((await forfeiture(id)).revision);
    const count = await eventCount();
    const response = await request(id, petition).set('If-Match', `"${before}"`).send(endpoint.body(petition));
    const revision = String(before + 1n);
    expectCommandAnswer(response, { status: endpoint.status, id, streamId: `forfeiture-${id}`, revision });
    await expectOneEventAppended(client, count, response, {
      type: endpoint.eventType,
      metadata: { scope: SCOPE },
    });
    endpoint.effect((await forfeiture(id)).state, petition);
  });

  it('may be sent by a supervisor', async () => {
    const { id, petition } = await ready();
    const response = await request(id, petition, 'supervisor').send(endpoint.body(petition));
    expect(response.status).toBe(endpoint.status);
  });

  it('repeats the first answer for a retry with the same Idempotency-Key', async () => {
    const { id, petition } = await ready();
    await expectIdempotentRetry(client, {
      send: (body) => request(id, petition).set('Idempotency-Key', `retry-${endpoint.path}-${id}`).send(body),
      status: endpoint.status,
      body: endpoint.body(petition),
    });
  });

  itRefusesMalformedRequests({
    client,
    target: async () => {
      const { id, petition } = await ready();
      return { request: (as) => request(id, petition, as), body: endpoint.body(petition) };
    },
    unknownField: ['petitionerName', 'Jane Doe'],
    malformedJson: '{"amount": ',
    plainText: 'amount=1',
    bodyLimit: BODY_LIMIT,
  });

  it('answers 400 naming every bad field', async () => {
    const { id, petition } = await ready();
    const problem = await refused(
      () => request(id, endpoint.invalid.petition ?? petition).send(endpoint.invalid.body),
      400,
    );
    expect(new Set(fieldsOf(problem))).toEqual(new Set(endpoint.invalid.fields));
  });

  it.each(endpoint.rules)('answers 422 $code for $name', async (rule) => {
    const id = await opened();
    const petition = reference('REM');
    await (rule.prepare ?? endpoint.prepare)?.(id, petition);
    const problem = await refused(
      () => request(id, petition).send((rule.body ?? endpoint.body)(petition)),
      422,
    );
    expect(problem).toMatchObject({ code: rule.code, title: 'Refused by a rule of the domain' });
  });

  it.each(endpoint.forbidden)(
    'answers 403, or 404 where it may not read the forfeiture, to $as',
    async ({ as, code, unseen }) => {
      const { id, petition } = await ready();
      if (unseen) {
        const problem = await refused(() => request(id, petition, as).send(endpoint.body(petition)), 404);
        expect(problem.detail).toBe(`No forfeiture with id ${id}.`);
        // Nothing of the record: no code, no case; `instance` only echoes the caller's own URL.
        const { instance: _url, ...said } = problem;
        expect(JSON.stringify(said)).not.toMatch(/FORFEITURE_|CR-18|REM-|FBI/);
        return;
      }
      const problem = await refused(() => request(id, petition, as).send(endpoint.body(petition)), 403);
      if (code) expect(problem.code).toBe(code);
      else expect(problem.detail).toMatch(/may not send/);
    },
  );

  it('answers 404 for a forfeiture never opened and 400 for an id that is not a UUID', async () => {
    const unknown = randomUUID();
    const petition = reference('REM');
    const problem = await refused(() => request(unknown, petition).send(endpoint.body(petition)), 404);
    expect(problem.detail).toBe(`No forfeiture with id ${unknown}.`);
    await refused(() => request('forfeiture-1', petition).send(endpoint.body(petition)), 400);
  });
});

describe('what is paid never exceeds the pool', () => {
  it('grants the pool to the cent and no further, and pays what was granted', async () => {
    const id = await opened();
    await ordered(id, '');
    for (const amount of [600.1, 399.9]) {
      await ok(
        send('post', `/forfeitures/${id}/pool-placements`, 'mlars').send({
          placementReference: reference('AFF'),
          amount,
        }),
      );
    }
    const [first, second] = [reference('REM'), reference('REM')];
    await reviewed(id, first);
    await reviewed(id, second);
    const grant = (petition: string, amount: number) =>
      send('post', `/forfeitures/${id}/petitions/${petition}/grant`, 'mlars').send({ amount });
    await ok(grant(first, 600.01));
    const over = await refused(() => grant(second, 400), 422);
    expect(over).toMatchObject({ code: 'FORFEITURE_EXCEEDS_POOL' });
    expect(over.detail).toContain('$399.99 left to grant');
    await ok(grant(second, 399.99));
    for (const petition of [first, second]) {
      await ok(
        send('post', `/forfeitures/${id}/petitions/${petition}/payment`, 'mlars').send({
          paymentReference: reference('TREAS'),
        }),
      );
    }
    const { state } = await forfeiture(id);
    expect(state.totals).toEqual({
      seized: SEIZED,
      forfeited: 1_800_000,
      inPool: 1000,
      granted: 1000,
      paid: 1000,
    });
  });
});

describe('GET /remission/ledger', () => {
  // New Mexico's one forfeiture, seized by the FBI: the state's ledger holds it alone.
  let position = '0';
  const step = async (path: string, as: string, body: Record<string, unknown>) => {
    position = (await ok(send('post', path, as).send(body))).body.position;
  };
  const ledger = (query: string, as = 'supervisor') =>
    send('get', `/remission/ledger?minPosition=${position}${query}`, as);

  beforeAll(async () => {
    const id = randomUUID();
    await step('/forfeitures', 'fbi', {
      ...OPEN,
      forfeitureId: id,
      taskForce: 'NM',
      court: 'nmd',
      caseReference: 'CR-26-00117-KG',
      assets: [
        { kind: 'currency', value: 90_000.3 },
        { kind: 'vehicle', value: 9_999.7 },
      ],
    });
    await step(`/forfeitures/${id}/order`, 'fbi', { orderReference: 'ECF-88', amountForfeited: 80_000 });
    await step(`/forfeitures/${id}/pool-placements`, 'mlars', {
      placementReference: 'AFF-2026-777001',
      amount: 50_000,
    });
    for (const petition of ['REM-NM-2026-1', 'REM-NM-2026-2', 'REM-NM-2026-3']) {
      await step(`/forfeitures/${id}/petitions`, 'ccht', { petitionReference: petition });
    }
    await step(`/forfeitures/${id}/petitions/REM-NM-2026-1/review`, 'mlars', {});
    await step(`/forfeitures/${id}/petitions/REM-NM-2026-1/grant`, 'mlars', { amount: 12_500.5 });
    await step(`/forfeitures/${id}/petitions/REM-NM-2026-1/payment`, 'mlars', {
      paymentReference: 'TREAS-2026-7',
    });
    await step(`/forfeitures/${id}/petitions/REM-NM-2026-2/review`, 'mlars', {});
    await step(`/forfeitures/${id}/petitions/REM-NM-2026-2/denial`, 'mlars', { reason: 'Not shown.' });
  });

  const NM = {
    totals: { seized: 100_000, forfeited: 80_000, inPool: 50_000, granted: 12_500.5, paid: 12_500.5 },
    petitions: { filed: 1, 'under-review': 0, granted: 0, denied: 1, paid: 1 },
    forfeitures: 1,
  };

  it("answers a state's ledger: each tier apart, the petitions by status, where the read model stood", async () => {
    const body = (await ok(ledger('&state=NM'))).body;
    expect(body).toEqual({
      scope: 'state:NM',
      asOf: { position: expect.stringMatching(/^\d+$/) },
      notice: expect.stringContaining('never to be added together'),
      ...NM,
    });
    expect(BigInt(body.asOf.position)).toBeGreaterThanOrEqual(BigInt(position));
  });

  it("answers the nation's ledger with each state's, the tiers never summed and each within the one before", async () => {
    const body = (await ok(ledger(''))).body;
    expect(body.scope).toBe('national');
    expect(body.states).toContainEqual({ state: 'NM', ...NM });
    const az = body.states.find((s: { state: string }) => s.state === 'AZ');
    expect(body.states.map((s: { state: string }) => s.state).sort()).toEqual(['AZ', 'NM']);
    expect(body.forfeitures).toBe(az.forfeitures + 1);
    for (const tier of ['seized', 'forfeited', 'inPool', 'granted', 'paid']) {
      expect([tier, Math.round(body.totals[tier] * 100)]).toEqual([
        tier,
        Math.round(az.totals[tier] * 100) + Math.round(NM.totals[tier as keyof typeof NM.totals] * 100),
      ]);
    }
    const { seized, forfeited, inPool, granted, paid } = body.totals;
    expect(seized >= forfeited && forfeited >= inPool && inPool >= granted && granted >= paid).toBe(true);
    expect(Object.keys(body.totals)).toEqual(['seized', 'forfeited', 'inPool', 'granted', 'paid']);
  });

  it('answers an empty ledger for a state with no forfeiture', async () => {
    const body = (await ok(ledger('&state=TX'))).body;
    expect(body).toMatchObject({
      scope: 'state:TX',
      totals: { seized: 0, forfeited: 0, inPool: 0, granted: 0, paid: 0 },
      forfeitures: 0,
    });
  });

  it.each(['supervisor', 'auditor', 'mlars', 'ccht'])('is read by %s', async (as) => {
    expect((await ok(ledger('&state=NM', as))).body).toMatchObject(NM);
  });

  it.each(['operator', 'admin', 'fbi', 'hsi'])('is refused 403 to %s', async (as) => {
    const problem = await refused(() => ledger('&state=NM', as), 403);
    // Says who reads the ledger without naming an agency the caller did not name.
    expect(problem.detail).toContain('supervisors and auditors');
    expect(problem.detail).not.toMatch(/DOJ-MLARS|CCHT/);
  });

  it('answers 400 naming the state for one that is not a state, or given twice', async () => {
    for (const query of ['&state=XX', '&state=NM&state=AZ']) {
      const problem = await refused(() => ledger(query), 400);
      expect(fieldsOf(problem)).toEqual(['state']);
    }
  });

  it('answers 401 without a token', async () => {
    await refused(() => send('get', '/remission/ledger', null), 401);
  });
});
