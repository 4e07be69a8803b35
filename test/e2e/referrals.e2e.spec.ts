import { randomUUID } from 'node:crypto';
import { exampleOf, OpenApiDocument, operationsOf } from '../../bench/fuzz/openapi-operations';
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

// Texas, co-led by the FBI and ICE-HSI with the DEA; a partner NGO registered for victim services.
const ACTORS: Record<string, Actor> = {
  ...COMMAND_CENTRE,
  fbi: { role: 'liaison', agency: 'FBI', states: ['TX'] },
  ccht: { role: 'liaison', agency: 'CCHT', states: [] },
  ngo: { role: 'liaison', agency: 'TX-SAFEHOUSE', states: ['TX'] },
  mlars: { role: 'liaison', agency: 'DOJ-MLARS', states: [] },
  dol: { role: 'liaison', agency: 'DOL-OIG', states: [] },
  // A member of the task force in Texas, but on no referral: it must not even learn one exists.
  dea: { role: 'liaison', agency: 'DEA', states: ['TX'] },
};

const client = e2eClient('fbi');
const { send, refused, eventCount } = client;

jest.setTimeout(30_000);

beforeAll(async () => {
  await client.start(ACTORS, { HSTF_BODY_LIMIT_BYTES: String(BODY_LIMIT) });
  await ok(
    send('post', '/task-forces', 'operator').send({ state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }),
  );
  await ok(
    send('post', '/task-forces/TX/members', 'operator').send({
      agency: 'DEA',
      capabilities: ['law-enforcement'],
    }),
  );
  await ok(
    send('post', '/agencies', 'admin').send({
      code: 'TX-SAFEHOUSE',
      name: 'Texas Safe House Network',
      kind: 'ngo',
      state: 'TX',
    }),
  );
}, 60_000);

afterAll(() => client.close());

const MAKE = {
  caseReference: 'CCHT-REF-2026-0001',
  channel: 'victim-services',
  referringAgency: 'FBI',
  receivingAgency: 'CCHT',
  taskForce: 'TX',
  note: 'Survivor asked for housing and legal aid.',
};

async function made(body: Record<string, unknown> = {}): Promise<string> {
  const referralId = randomUUID();
  await ok(send('post', '/referrals').send({ ...MAKE, ...body, referralId }));
  return referralId;
}

const referral = async (id: string) => (await ok(send('get', `/referrals/${id}`, 'supervisor'))).body;

describe('POST /referrals', () => {
  it('refers a case, in a scope of the referring and receiving agencies and CCHT, restricted', async () => {
    const referralId = randomUUID();
    const count = await eventCount();
    const response = await send('post', '/referrals').send({ ...MAKE, referralId });
    expectCommandAnswer(response, {
      status: 201,
      id: referralId,
      streamId: `referral-${referralId}`,
      revision: '0',
    });
    await expectOneEventAppended(client, count, response, {
      type: 'ReferralMade',
      metadata: { scope: { states: [], agencies: ['CCHT', 'FBI'], restricted: true } },
    });
  });

  it.each([
    ['victim-services', 'TX-SAFEHOUSE', 'ngo'],
    ['remission', 'DOJ-MLARS', 'mlars'],
    ['restitution', 'DOL-OIG', 'dol'],
  ])('sends %s to %s, whose liaison reads it', async (channel, receivingAgency, as) => {
    const id = await made({ channel, receivingAgency });
    const body = (await ok(send('get', `/referrals/${id}`, as))).body;
    expect(body.state).toMatchObject({
      status: 'made',
      channel,
      receivingAgency,
      caseReference: MAKE.caseReference,
    });
  });

  it('accepts the OpenAPI example, and refuses it with a Social Security number in its note (400 naming note)', async () => {
    const doc = (await ok(send('get', '/docs-json', null))).body as OpenApiDocument;
    const operation = operationsOf(doc).find((o) => o.method === 'POST' && o.path === '/referrals');
    const example = exampleOf(operation!.body!, doc) as Record<string, unknown>;
    const { taskingId: _t, reportId: _r, ...body } = example;
    await ok(send('post', '/referrals').send({ ...body, referralId: randomUUID() }));
    const problem = await refused(
      () =>
        send('post', '/referrals').send({
          ...body,
          referralId: randomUUID(),
          note: `${body.note} SSN 123-45-6789`,
        }),
      400,
    );
    expect(fieldsOf(problem)).toEqual(['note']);
    expect(JSON.stringify(problem.errors)).toContain('Social Security');
  });

  it.each([
    ['caseReference', 'Maria Lopez', /personal name/],
    ['caseReference', 'CCHT-REF-512-555-0199', /phone/],
    ['note', 'reach her at maria (at) example (dot) com', /e-mail/],
    ['note', 'staying at 1200 Elm Street', /street address/],
    ['note', 'DOB 04/12/1985', /date of birth/],
    ['note', 'ssn １２３ ４５ ６７８９', /Social Security/],
  ])('refuses personal data in %s: %j', async (field, value, reason) => {
    const problem = await refused(() => send('post', '/referrals').send({ ...MAKE, [field]: value }), 400);
    expect(fieldsOf(problem)).toEqual([field]);
    expect(JSON.stringify(problem.errors)).toMatch(reason);
  });

  it.each([
    [{ channel: 'remission', receivingAgency: 'CCHT' }, 'REFERRAL_WRONG_RECEIVER'],
    [{ receivingAgency: 'DEA' }, 'REFERRAL_WRONG_RECEIVER'],
    [{ taskForce: 'AZ' }, 'REFERRAL_NOT_A_MEMBER'],
  ])('answers 422 for %j', async (body, code) => {
    const problem = await refused(() => send('post', '/referrals').send({ ...MAKE, ...body }), 422);
    expect(problem.code).toBe(code);
  });

  it('answers 400 naming every bad field', async () => {
    const problem = await refused(
      () =>
        send('post', '/referrals').send({
          caseReference: '',
          channel: 'housing',
          referringAgency: 'fbi',
          taskForce: 'XX',
        }),
      400,
    );
    expect(new Set(fieldsOf(problem))).toEqual(
      new Set(['caseReference', 'channel', 'referringAgency', 'receivingAgency', 'taskForce']),
    );
  });

  it('is refused to operators and auditors, and to a liaison referring for another agency', async () => {
    for (const as of ['operator', 'auditor', 'dea'])
      await refused(() => send('post', '/referrals', as).send(MAKE), 403);
  });

  it('repeats the first answer for a retry with the same Idempotency-Key', async () => {
    await expectIdempotentRetry(client, {
      send: (body) => send('post', '/referrals').set('Idempotency-Key', 'refer-once').send(body),
      status: 201,
      body: MAKE,
      otherBody: { ...MAKE, caseReference: 'CCHT-REF-2026-0002' },
    });
  });

  itRefusesMalformedRequests({
    client,
    target: () => ({ request: (as = 'fbi') => send('post', '/referrals', as), body: MAKE }),
    unknownField: ['victimName', 'x'],
    malformedJson: '{"channel": ',
    plainText: 'channel=remission',
    bodyLimit: BODY_LIMIT,
  });
});

describe('who reads a referral: its agencies, CCHT, supervisors and auditors, and no one else', () => {
  it.each(['fbi', 'ccht', 'supervisor', 'auditor'])('%s reads it', async (as) => {
    const id = await made();
    expect((await ok(send('get', `/referrals/${id}`, as))).body.state.caseReference).toBe(MAKE.caseReference);
  });

  it('reads an upper-case spelling of its id as the same referral, and a malformed id is a 400 naming id', async () => {
    const id = await made();
    expect((await ok(send('get', `/referrals/${id.toUpperCase()}`, 'ccht'))).body.state.referralId).toBe(id);
    const problem = await refused(() => send('get', '/referrals/not-a-uuid', 'ccht'), 400);
    expect(fieldsOf(problem)).toEqual(['id']);
  });

  it.each(['operator', 'admin', 'dea', 'ngo'])('%s is answered as if it did not exist', async (as) => {
    const id = await made();
    const problem = await refused(() => send('get', `/referrals/${id}`, as), 404);
    expect(problem.detail).toBe(`No referral with id ${id}.`);
    expect(JSON.stringify(problem)).not.toMatch(/CCHT-REF|FBI|victim/);
  });
});

const STEPS = [
  { path: 'acceptance', type: 'ReferralAccepted', body: {}, status: 'accepted' },
  { path: 'start', type: 'ReferralStarted', body: { note: 'Intake scheduled.' }, status: 'in_progress' },
  { path: 'closure', type: 'ReferralClosed', body: { outcome: 'services-provided' }, status: 'closed' },
] as const;

describe('the steps of a referral, by the receiving agency', () => {
  it('moves from made to accepted, in progress and closed with its outcome, one event each', async () => {
    const id = await made();
    for (const [i, step] of STEPS.entries()) {
      const count = await eventCount();
      const response = await send('post', `/referrals/${id}/${step.path}`, 'ccht').send(step.body);
      expectCommandAnswer(response, { status: 200, id, streamId: `referral-${id}`, revision: String(i + 1) });
      await expectOneEventAppended(client, count, response, { type: step.type });
      expect((await referral(id)).state.status).toBe(step.status);
    }
    expect((await referral(id)).state.outcome).toBe('services-provided');
  });

  it('refuses a step out of order, and any step once closed (422)', async () => {
    const id = await made();
    expect((await refused(() => send('post', `/referrals/${id}/start`, 'ccht').send({}), 422)).code).toBe(
      'REFERRAL_OUT_OF_ORDER',
    );
    await ok(send('post', `/referrals/${id}/closure`, 'ccht').send({ outcome: 'not-eligible' }));
    expect(
      (await refused(() => send('post', `/referrals/${id}/acceptance`, 'ccht').send({}), 422)).code,
    ).toBe('REFERRAL_CLOSED');
  });

  it('is refused to the referring agency (403) and answers 404 to a liaison not on it', async () => {
    const id = await made();
    expect((await refused(() => send('post', `/referrals/${id}/acceptance`, 'fbi').send({}), 403)).code).toBe(
      'REFERRAL_NOT_RECEIVING_AGENCY',
    );
    const problem = await refused(() => send('post', `/referrals/${id}/acceptance`, 'dea').send({}), 404);
    expect(problem.detail).toBe(`No referral with id ${id}.`);
  });

  it('lets a supervisor record a step, and refuses an operator by its role', async () => {
    const id = await made();
    await ok(send('post', `/referrals/${id}/acceptance`, 'supervisor').send({}));
    await refused(() => send('post', `/referrals/${id}/start`, 'operator').send({}), 403);
  });

  it('refuses personal data in a step’s note, naming the field', async () => {
    const id = await made();
    const problem = await refused(
      () => send('post', `/referrals/${id}/acceptance`, 'ccht').send({ note: 'call her on 512 555 0199' }),
      400,
    );
    expect(fieldsOf(problem)).toEqual(['note']);
  });

  it('answers 404 for a referral never made and 400 for an id that is not a UUID', async () => {
    await refused(() => send('post', `/referrals/${randomUUID()}/acceptance`, 'ccht').send({}), 404);
    await refused(() => send('post', '/referrals/ref-1/acceptance', 'ccht').send({}), 400);
  });
});

describe('GET /victim-services/summary: per state, referrals by channel and status', () => {
  it('counts the referrals of each channel by status for supervisors, auditors and CCHT, never naming a case', async () => {
    const id = await made({ channel: 'restitution', receivingAgency: 'DOL-OIG' });
    const closed = await ok(
      send('post', `/referrals/${id}/closure`, 'dol').send({ outcome: 'restitution-recovered' }),
    );
    const path = `/victim-services/summary?state=TX&minPosition=${closed.body.position}`;
    const events = (await client.domainEvents()).filter((e) => e.streamId.startsWith('referral-'));
    const expected = { made: 0, accepted: 0, in_progress: 0, closed: 0 };
    const folded = new Map<string, { channel: string; status: keyof typeof expected }>();
    for (const event of events) {
      const data = event.data as { referralId: string; channel: string };
      const status = (
        {
          ReferralMade: 'made',
          ReferralAccepted: 'accepted',
          ReferralStarted: 'in_progress',
          ReferralClosed: 'closed',
        } as const
      )[event.type as 'ReferralMade'];
      folded.set(data.referralId, { channel: data.channel, status });
    }
    const restitution = { ...expected };
    for (const r of folded.values()) if (r.channel === 'restitution') restitution[r.status]++;
    for (const as of ['supervisor', 'auditor', 'ccht']) {
      const body = (await ok(send('get', path, as))).body;
      expect(body.states).toHaveLength(1);
      expect(body.states[0]).toMatchObject({ state: 'TX', total: folded.size, channels: { restitution } });
      expect(JSON.stringify(body)).not.toMatch(/CCHT-REF|referralId|FBI/);
    }
    for (const as of ['operator', 'admin', 'fbi', 'dol']) await refused(() => send('get', path, as), 403);
    await refused(() => send('get', '/victim-services/summary?state=XX', 'supervisor'), 400);
  });
});

describe('personal data refused is not kept in the access log either', () => {
  it('records a refused name or phone number without it: the word unquoted, the path parameter as its template', async () => {
    const problem = await refused(
      () => send('post', '/referrals').send({ ...MAKE, caseReference: 'CASE-MARIA-2026-1' }),
      400,
    );
    expect(JSON.stringify(problem)).not.toContain('MARIA');
    await refused(
      () => send('post', `/forfeitures/${randomUUID()}/petitions/214-555-0123/review`, 'supervisor').send({}),
      400,
    );
    const log = JSON.stringify((await ok(send('get', '/audit/access?limit=1000', 'auditor'))).body);
    expect(log).toContain('/petitions/:petition/review');
    expect(log).not.toMatch(/MARIA|214-555-0123/);
  });
});
