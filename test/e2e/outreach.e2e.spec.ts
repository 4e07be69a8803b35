import { randomUUID } from 'node:crypto';
import type { OutreachFigures } from '@hstf/projections';
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

// The Texas task force (co-led by the FBI and ICE-HSI): CCHT's seminars, and the I-45 corridor campaign
// with the Amtrak Police and the Federal Air Marshal Service. The FBI's liaison reads Texas but is no
// partner; the ATF's works in Oklahoma. Arizona has a task force and a tasking of its own.
const ACTORS: Record<string, Actor> = {
  ...COMMAND_CENTRE,
  ccht: { role: 'liaison', agency: 'CCHT' },
  amtrak: { role: 'liaison', agency: 'AMTRAK-PD' },
  fams: { role: 'liaison', agency: 'FAMS' },
  fbi: { role: 'liaison', agency: 'FBI', states: ['TX'] },
  outsider: { role: 'liaison', agency: 'ATF', states: ['OK'] },
};

const client = e2eClient('operator');
const { send, refused, eventCount } = client;

jest.setTimeout(30_000);

const DUE = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
const tasking = (taskForce: string, leadAgency: string) => ({
  taskingId: randomUUID(),
  taskForce,
  leadAgency,
  supportingAgencies: [],
  objective: 'trafficking',
  title: 'Follow up the tip line reports on the I-45 corridor',
  instructions: 'Check the truck stops named in the tips.',
  dueAt: DUE,
});
const TX_TASKING = tasking('TX', 'ICE-HSI');
const AZ_TASKING = tasking('AZ', 'ATF');
const CANCELLED_TASKING = tasking('TX', 'ICE-HSI');

beforeAll(async () => {
  await client.start(ACTORS, { HSTF_BODY_LIMIT_BYTES: String(BODY_LIMIT), HSTF_READ_WAIT_MS: '10000' });
  await ok(send('post', '/task-forces').send({ state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }));
  await ok(send('post', '/task-forces').send({ state: 'AZ', dojCoLead: 'ATF', dhsCoLead: 'USCG' }));
  for (const body of [TX_TASKING, AZ_TASKING, CANCELLED_TASKING])
    await ok(send('post', '/taskings').send(body));
  await ok(
    send('post', `/taskings/${CANCELLED_TASKING.taskingId}/cancellation`).send({ reason: 'Overtaken.' }),
  );
}, 60_000);

afterAll(() => client.close());

const SEMINAR = {
  taskForce: 'TX',
  format: 'seminar',
  audience: 'high-schools',
  venue: 'TX-HS-101912',
  heldAt: '2026-03-09T15:00:00Z',
  attendance: { attendees: 240, frontLineStaff: 18 },
};
const CAMPAIGN = {
  taskForce: 'TX',
  name: 'I-45 corridor: QR posters at stations and on trains',
  partners: ['AMTRAK-PD', 'FAMS'],
};
const SCOPE = { states: ['TX'], agencies: ['AMTRAK-PD', 'CCHT', 'FAMS'] };
const STATION = { placement: 'station', reference: 'AMTRAK-STN-HOS-1' };
const TRAIN = { placement: 'train', reference: 'AMTRAK-TRAIN-421' };
let nextTip = 1;
const newTip = () => `TIP-TX-2026-${String(nextTip++).padStart(6, '0')}`;
const now = () => new Date().toISOString();

async function outreach(id: string): Promise<{ revision: string; state: Record<string, unknown> }> {
  return (await ok(send('get', `/outreach/${id}`, 'auditor'))).body;
}

async function seminarHeld(): Promise<string> {
  const outreachId = randomUUID();
  await ok(send('post', '/outreach/seminars', 'ccht').send({ ...SEMINAR, outreachId }));
  return outreachId;
}

async function launched(): Promise<string> {
  const outreachId = randomUUID();
  await ok(send('post', '/outreach/campaigns').send({ ...CAMPAIGN, outreachId }));
  // Scans and tips are of the campaign's life: the clock moves on from its launch before they come.
  await new Promise((resolve) => setTimeout(resolve, 5));
  return outreachId;
}

const launchedAt = async (id: string) => (await outreach(id)).state.launchedAt as string;

/** Steps that bring a campaign to where a command applies, each by the actor entitled to it. */
const postered = (id: string) =>
  ok(
    send('post', `/outreach/campaigns/${id}/posters`, 'amtrak').send({
      agency: 'AMTRAK-PD',
      placements: [
        { ...STATION, posters: 12 },
        { ...TRAIN, posters: 40 },
      ],
    }),
  );
const tipBody = (tip: string) => ({ tip, channel: 'qr-poster', receivedAt: now(), poster: TRAIN });
const received = (tip: string) => async (id: string) => {
  await postered(id);
  await ok(send('post', `/outreach/campaigns/${id}/tips`, 'ccht').send(tipBody(tip)));
};
const triaged = (tip: string) => async (id: string) => {
  await received(tip)(id);
  await ok(send('post', `/outreach/campaigns/${id}/tips/${tip}/triage`, 'ccht').send({ priority: 'urgent' }));
};
const linked = (tip: string) => async (id: string) => {
  await triaged(tip)(id);
  await ok(
    send('post', `/outreach/campaigns/${id}/tips/${tip}/link`, 'ccht').send({
      taskingId: TX_TASKING.taskingId,
    }),
  );
};
const closed = (tip: string) => async (id: string) => {
  await received(tip)(id);
  await ok(
    send('post', `/outreach/campaigns/${id}/tips/${tip}/closure`, 'ccht').send({ reason: 'duplicate' }),
  );
};
const scanned = async (id: string) => {
  await postered(id);
  await ok(
    send('post', `/outreach/campaigns/${id}/scans`, 'amtrak').send({
      agency: 'AMTRAK-PD',
      period: { from: await launchedAt(id), to: now() },
      scans: [{ ...STATION, scans: 31 }],
    }),
  );
};

describe('POST /outreach/seminars', () => {
  it("records CCHT's seminar, answering where it is; it is read by its state and CCHT", async () => {
    const outreachId = randomUUID();
    const count = await eventCount();
    const response = await send('post', '/outreach/seminars', 'ccht').send({ ...SEMINAR, outreachId });
    expectCommandAnswer(response, {
      status: 201,
      id: outreachId,
      streamId: `outreach-${outreachId}`,
      revision: '0',
    });
    expect(response.headers.location).toBe(`/outreach/${outreachId}`);
    await expectOneEventAppended(client, count, response, {
      type: 'SeminarHeld',
      metadata: { scope: { states: ['TX'], agencies: ['CCHT'] } },
    });
    const body = (await ok(send('get', `/outreach/${outreachId}`, 'fbi'))).body;
    expect(body.state).toMatchObject({
      kind: 'seminar',
      audience: 'high-schools',
      attendance: SEMINAR.attendance,
    });
    const hidden = await refused(() => send('get', `/outreach/${outreachId}`, 'amtrak'), 404);
    expect(hidden.detail).toBe(`No outreach with id ${outreachId}.`);
    await refused(() => send('get', `/outreach/${outreachId}`, 'outsider'), 404);
  });

  it('is recorded by operators for CCHT', async () => {
    await ok(send('post', '/outreach/seminars', 'operator').send(SEMINAR));
  });

  it('answers 400 naming every bad field, a venue that is not a reference and a name in it', async () => {
    const problem = await refused(
      () =>
        send('post', '/outreach/seminars', 'ccht').send({
          taskForce: 'XX',
          format: 'webinar',
          audience: 'parents',
          venue: 'Lamar High School',
          heldAt: 'yesterday',
          attendance: { attendees: -1, frontLineStaff: 1.5 },
        }),
      400,
    );
    expect(new Set(fieldsOf(problem))).toEqual(
      new Set([
        'taskForce',
        'format',
        'audience',
        'venue',
        'heldAt',
        'attendance.attendees',
        'attendance.frontLineStaff',
      ]),
    );
    const named = await refused(
      () => send('post', '/outreach/seminars', 'ccht').send({ ...SEMINAR, venue: 'MARIA-GARCIA-1' }),
      400,
    );
    expect(named.errors).toEqual([{ field: 'venue', reason: expect.stringContaining('personal name') }]);
  });

  it('answers 422 for a seminar not yet held, and more front-line staff than attendees', async () => {
    const future = await refused(
      () => send('post', '/outreach/seminars', 'ccht').send({ ...SEMINAR, heldAt: '2099-01-01T00:00:00Z' }),
      422,
    );
    expect(future.code).toBe('OUTREACH_IN_FUTURE');
    const staff = await refused(
      () =>
        send('post', '/outreach/seminars', 'ccht').send({
          ...SEMINAR,
          attendance: { attendees: 10, frontLineStaff: 11 },
        }),
      422,
    );
    expect(staff.code).toBe('OUTREACH_ATTENDANCE_INCONSISTENT');
  });

  it("is refused to another agency's liaison and to auditors", async () => {
    const fbi = await refused(() => send('post', '/outreach/seminars', 'fbi').send(SEMINAR), 403);
    expect(fbi.detail).toBe('a liaison of FBI may not send HoldSeminar for CCHT');
    const auditor = await refused(() => send('post', '/outreach/seminars', 'auditor').send(SEMINAR), 403);
    expect(auditor.detail).toContain('may not send HoldSeminar');
  });

  it('repeats the first answer for a retry with the same Idempotency-Key', async () => {
    await expectIdempotentRetry(client, {
      send: (body) =>
        send('post', '/outreach/seminars', 'ccht').set('Idempotency-Key', 'seminar-once').send(body),
      status: 201,
      body: SEMINAR,
      otherBody: { ...SEMINAR, audience: 'colleges' },
    });
  });

  itRefusesMalformedRequests({
    client,
    target: () => ({ request: (as = 'ccht') => send('post', '/outreach/seminars', as), body: SEMINAR }),
    unknownField: ['speaker', 'Jane Doe'],
    malformedJson: '{"taskForce": "TX",',
    plainText: 'taskForce=TX',
    bodyLimit: BODY_LIMIT,
  });
});

describe('POST /outreach/seminars/:id/attendance-corrections', () => {
  const correct = (id: string, body: Record<string, unknown>, as = 'ccht') =>
    send('post', `/outreach/seminars/${id}/attendance-corrections`, as).send(body);
  const CORRECTION = {
    attendance: { attendees: 251, frontLineStaff: 19 },
    reason: 'Sign-in sheets tallied after the seminar.',
  };

  it('corrects the attendance with the reason', async () => {
    const id = await seminarHeld();
    const count = await eventCount();
    const response = await correct(id, CORRECTION);
    expectCommandAnswer(response, { status: 201, id, streamId: `outreach-${id}`, revision: '1' });
    await expectOneEventAppended(client, count, response, { type: 'SeminarAttendanceCorrected' });
    expect((await outreach(id)).state.attendance).toEqual(CORRECTION.attendance);
  });

  it('answers 400 naming a phone number in the reason', async () => {
    const id = await seminarHeld();
    const problem = await refused(
      () => correct(id, { ...CORRECTION, reason: 'Recounted; call the counsellor at (713) 555-0142.' }),
      400,
    );
    expect(problem.errors).toEqual([{ field: 'reason', reason: expect.stringContaining('phone number') }]);
  });

  it('answers 422 for a correction that changes nothing, and for a campaign', async () => {
    const id = await seminarHeld();
    const same = await refused(() => correct(id, { ...CORRECTION, attendance: SEMINAR.attendance }), 422);
    expect(same.code).toBe('OUTREACH_NO_CHANGE');
    const campaign = await launched();
    const notSeminar = await refused(() => correct(campaign, CORRECTION, 'operator'), 422);
    expect(notSeminar.code).toBe('OUTREACH_NOT_A_SEMINAR');
  });

  it("is refused to another agency's liaison; 404 for a seminar never held, 400 for an id not a UUID", async () => {
    const id = await seminarHeld();
    const partner = await refused(() => correct(id, CORRECTION, 'amtrak'), 403);
    expect(partner.detail).toBe('a liaison of AMTRAK-PD may not send CorrectAttendance for CCHT');
    const unknown = randomUUID();
    const problem = await refused(() => correct(unknown, CORRECTION), 404);
    expect(problem.detail).toBe(`No outreach with id ${unknown}.`);
    await refused(() => correct('seminar-1', CORRECTION), 400);
  });
});

describe('POST /outreach/campaigns', () => {
  it('launches a campaign, read by its state, CCHT and its partners, and by no one else', async () => {
    const outreachId = randomUUID();
    const count = await eventCount();
    const response = await send('post', '/outreach/campaigns').send({ ...CAMPAIGN, outreachId });
    expectCommandAnswer(response, {
      status: 201,
      id: outreachId,
      streamId: `outreach-${outreachId}`,
      revision: '0',
    });
    expect(response.headers.location).toBe(`/outreach/${outreachId}`);
    await expectOneEventAppended(client, count, response, {
      type: 'CampaignLaunched',
      metadata: { scope: SCOPE },
    });
    for (const as of ['ccht', 'amtrak', 'fams', 'fbi']) {
      const body = (await ok(send('get', `/outreach/${outreachId}`, as))).body;
      expect(body.state).toMatchObject({
        kind: 'campaign',
        partners: CAMPAIGN.partners,
        placements: [],
        tips: [],
      });
    }
    await refused(() => send('get', `/outreach/${outreachId}`, 'outsider'), 404);
  });

  it('answers 400 naming every bad field, and a phone number in its name', async () => {
    const problem = await refused(
      () =>
        send('post', '/outreach/campaigns').send({
          taskForce: 'ZZ',
          name: '',
          partners: ['amtrak', 'amtrak'],
        }),
      400,
    );
    expect(new Set(fieldsOf(problem))).toEqual(new Set(['taskForce', 'name', 'partners']));
    const phone = await refused(
      () =>
        send('post', '/outreach/campaigns').send({ ...CAMPAIGN, name: 'I-45 posters: tips to 713-555-0142' }),
      400,
    );
    expect(phone.errors).toEqual([{ field: 'name', reason: expect.stringContaining('phone number') }]);
    const unknown = await refused(
      () => send('post', '/outreach/campaigns').send({ ...CAMPAIGN, partners: ['AMTRAK-PD', 'NOPE-PD'] }),
      400,
    );
    expect(fieldsOf(unknown)).toEqual(['partners.1']);
  });

  it('answers 422 for CCHT named as a partner', async () => {
    const problem = await refused(
      () => send('post', '/outreach/campaigns').send({ ...CAMPAIGN, partners: ['FAMS', 'CCHT'] }),
      422,
    );
    expect(problem.code).toBe('OUTREACH_CCHT_AS_PARTNER');
  });

  it("is refused to liaisons, CCHT's too, and to auditors", async () => {
    for (const as of ['ccht', 'amtrak', 'auditor']) {
      const problem = await refused(() => send('post', '/outreach/campaigns', as).send(CAMPAIGN), 403);
      expect(problem.detail).toContain('may not send LaunchCampaign');
    }
  });

  it('repeats the first answer for a retry with the same Idempotency-Key', async () => {
    await expectIdempotentRetry(client, {
      send: (body) => send('post', '/outreach/campaigns').set('Idempotency-Key', 'launch-once').send(body),
      status: 201,
      body: CAMPAIGN,
      otherBody: { ...CAMPAIGN, name: 'Another campaign' },
    });
  });

  itRefusesMalformedRequests({
    client,
    target: () => ({ request: (as = 'operator') => send('post', '/outreach/campaigns', as), body: CAMPAIGN }),
    unknownField: ['budget', 1000],
    malformedJson: '{"partners": [',
    plainText: 'partners=FAMS',
    bodyLimit: BODY_LIMIT,
  });
});

interface Endpoint {
  readonly name: string;
  /** The path after /outreach/campaigns/:id, for the tip `tip`. */
  readonly path: (tip: string) => string;
  readonly status: 200 | 201;
  readonly as: string;
  readonly eventType: string;
  readonly body: (id: string, tip: string) => Promise<Record<string, unknown>> | Record<string, unknown>;
  readonly prepare?: (tip: string) => (id: string) => Promise<unknown>;
  readonly invalid: { readonly body: Record<string, unknown>; readonly fields: readonly string[] };
  readonly rules: readonly {
    readonly name: string;
    readonly prepare?: (tip: string) => (id: string) => Promise<unknown>;
    readonly body?: (id: string, tip: string) => Promise<Record<string, unknown>> | Record<string, unknown>;
    readonly code: string;
  }[];
  /**
   * Refused to these with 403 and the code (or the permission), or 404 where the campaign is unseen; `own`
   * sends the body for the actor's own agency, so that the campaign's rule refuses it, not the token's.
   */
  readonly forbidden: readonly {
    readonly as: string;
    readonly code?: string;
    readonly unseen?: true;
    readonly own?: true;
  }[];
  readonly effect: (state: Record<string, unknown>, tip: string) => void;
}

const placementsOf = (state: Record<string, unknown>) => state.placements as Record<string, unknown>[];
const tipOf = (state: Record<string, unknown>, tip: string) =>
  (state.tips as Record<string, unknown>[]).find((t) => t.tip === tip);
const partnerOnly = [
  { as: 'auditor' },
  // FAMS is a partner, but its liaison records for FAMS only.
  { as: 'fams' },
  { as: 'fbi', code: 'OUTREACH_NOT_PARTNER', own: true },
  { as: 'outsider', unseen: true, own: true },
] as const;
const cchtOnly = [{ as: 'auditor' }, { as: 'amtrak' }, { as: 'fbi' }] as const;

const ENDPOINTS: Endpoint[] = [
  {
    name: 'posters',
    path: () => 'posters',
    status: 201,
    as: 'amtrak',
    eventType: 'PostersPlaced',
    body: () => ({ agency: 'AMTRAK-PD', placements: [{ ...TRAIN, posters: 40 }] }),
    invalid: {
      body: {
        agency: 'amtrak',
        placements: [{ placement: 'bus', reference: 'Houston station', posters: 0 }],
      },
      fields: ['agency', 'placements.0.placement', 'placements.0.reference', 'placements.0.posters'],
    },
    rules: [
      {
        name: 'a placement listed twice',
        body: () => ({
          agency: 'AMTRAK-PD',
          placements: [
            { ...TRAIN, posters: 1 },
            { ...TRAIN, posters: 2 },
          ],
        }),
        code: 'OUTREACH_DUPLICATE_PLACEMENT',
      },
    ],
    forbidden: partnerOnly,
    effect: (state) =>
      expect(placementsOf(state)).toEqual([{ ...TRAIN, posters: 40, placed: 40, removed: 0, scans: 0 }]),
  },
  {
    name: 'poster-removals',
    path: () => 'poster-removals',
    status: 201,
    as: 'amtrak',
    eventType: 'PostersRemoved',
    prepare: () => postered,
    body: () => ({ agency: 'AMTRAK-PD', removals: [{ ...STATION, posters: 12 }] }),
    invalid: {
      body: { agency: 'AMTRAK-PD', removals: [] },
      fields: ['removals'],
    },
    rules: [
      {
        name: 'more posters than hang there (no count below zero)',
        body: () => ({ agency: 'AMTRAK-PD', removals: [{ ...STATION, posters: 13 }] }),
        code: 'OUTREACH_POSTERS_BELOW_ZERO',
      },
      {
        name: 'a placement without posters',
        body: () => ({
          agency: 'AMTRAK-PD',
          removals: [{ ...STATION, reference: 'AMTRAK-STN-DAL-1', posters: 1 }],
        }),
        code: 'OUTREACH_PLACEMENT_NOT_FOUND',
      },
    ],
    forbidden: partnerOnly,
    effect: (state) =>
      expect(placementsOf(state)[0]).toEqual({ ...STATION, posters: 0, placed: 12, removed: 12, scans: 0 }),
  },
  {
    name: 'scans',
    path: () => 'scans',
    status: 201,
    as: 'amtrak',
    eventType: 'ScansRecorded',
    prepare: () => postered,
    body: async (id) => ({
      agency: 'AMTRAK-PD',
      period: { from: await launchedAt(id), to: now() },
      scans: [
        { ...STATION, scans: 31 },
        { ...TRAIN, scans: 0 },
      ],
    }),
    invalid: {
      body: { agency: 'AMTRAK-PD', period: { from: 'last week' }, scans: [{ ...STATION, scans: -1 }] },
      fields: ['period.from', 'period.to', 'scans.0.scans'],
    },
    rules: [
      {
        name: 'a period counted already at a placement',
        prepare: () => scanned,
        code: 'OUTREACH_SCANS_ALREADY_COUNTED',
      },
      {
        name: 'scans before the launch',
        body: () => ({
          agency: 'AMTRAK-PD',
          period: { from: '2026-01-01T00:00:00Z', to: now() },
          scans: [{ ...STATION, scans: 1 }],
        }),
        code: 'OUTREACH_BEFORE_LAUNCH',
      },
      {
        name: 'a placement without posters',
        body: async (id) => ({
          agency: 'AMTRAK-PD',
          period: { from: await launchedAt(id), to: now() },
          scans: [{ ...TRAIN, reference: 'AMTRAK-TRAIN-9', scans: 1 }],
        }),
        code: 'OUTREACH_PLACEMENT_NOT_FOUND',
      },
    ],
    forbidden: partnerOnly,
    effect: (state) =>
      expect(placementsOf(state)[0]).toMatchObject({ ...STATION, scans: 31, countedTo: expect.any(String) }),
  },
  {
    name: 'tips',
    path: () => 'tips',
    status: 201,
    as: 'ccht',
    eventType: 'TipReceived',
    prepare: () => postered,
    body: (_id, tip) => tipBody(tip),
    invalid: {
      body: {
        tip: 'JOHN-SMITH-1',
        channel: 'fax',
        receivedAt: '2026-02-30T00:00:00Z',
        poster: { placement: 'bus' },
      },
      fields: ['tip', 'channel', 'receivedAt', 'poster.placement', 'poster.reference'],
    },
    rules: [
      { name: 'a tip received already', prepare: received, code: 'OUTREACH_TIP_ALREADY_RECEIVED' },
      {
        name: 'a poster named for a hotline tip',
        body: (_id, tip) => ({ ...tipBody(tip), channel: 'hotline' }),
        code: 'OUTREACH_POSTER_CHANNEL',
      },
      {
        name: 'a tip received before the launch',
        body: (_id, tip) => ({ ...tipBody(tip), receivedAt: '2026-01-01T00:00:00Z' }),
        code: 'OUTREACH_BEFORE_LAUNCH',
      },
    ],
    forbidden: cchtOnly,
    effect: (state, tip) =>
      expect(tipOf(state, tip)).toMatchObject({ tip, channel: 'qr-poster', status: 'received' }),
  },
  {
    name: 'tips/:tip/triage',
    path: (tip) => `tips/${tip}/triage`,
    status: 200,
    as: 'ccht',
    eventType: 'TipTriaged',
    prepare: received,
    body: () => ({ priority: 'urgent', note: 'Possible labor trafficking at a truck stop on I-45.' }),
    invalid: {
      body: { priority: 'high', note: 'Caller reachable at tipster@example.com' },
      fields: ['priority', 'note'],
    },
    rules: [{ name: 'a tip triaged already', prepare: triaged, code: 'OUTREACH_TIP_ALREADY_TRIAGED' }],
    forbidden: cchtOnly,
    effect: (state, tip) =>
      expect(tipOf(state, tip)).toMatchObject({ status: 'triaged', priority: 'urgent' }),
  },
  {
    name: 'tips/:tip/link',
    path: (tip) => `tips/${tip}/link`,
    status: 200,
    as: 'ccht',
    eventType: 'TipLinked',
    prepare: triaged,
    body: () => ({ taskingId: TX_TASKING.taskingId }),
    invalid: { body: { taskingId: 'tasking-1', reportId: 'r' }, fields: ['taskingId', 'reportId'] },
    rules: [
      { name: 'a tip not triaged', prepare: received, code: 'OUTREACH_TIP_NOT_TRIAGED' },
      { name: 'a tip linked already', prepare: linked, code: 'OUTREACH_TIP_ALREADY_LINKED' },
      {
        name: 'a tasking that does not exist',
        body: () => ({ taskingId: randomUUID() }),
        code: 'OUTREACH_UNKNOWN_TASKING',
      },
      {
        name: "another state's tasking",
        body: () => ({ taskingId: AZ_TASKING.taskingId }),
        code: 'OUTREACH_UNKNOWN_TASKING',
      },
      {
        name: 'a cancelled tasking',
        body: () => ({ taskingId: CANCELLED_TASKING.taskingId }),
        code: 'OUTREACH_TASKING_CANCELLED',
      },
      {
        name: 'a report that does not exist',
        body: () => ({ reportId: randomUUID() }),
        code: 'OUTREACH_UNKNOWN_REPORT',
      },
    ],
    forbidden: cchtOnly,
    effect: (state, tip) =>
      expect(tipOf(state, tip)).toMatchObject({ status: 'linked', taskingId: TX_TASKING.taskingId }),
  },
  {
    name: 'tips/:tip/closure',
    path: (tip) => `tips/${tip}/closure`,
    status: 200,
    as: 'ccht',
    eventType: 'TipClosed',
    prepare: received,
    body: () => ({ reason: 'no-trafficking-nexus', note: 'Same sighting as TIP-TX-2026-000120.' }),
    invalid: { body: { reason: 'spam', note: '' }, fields: ['reason', 'note'] },
    rules: [
      { name: 'a closed tip (it accepts nothing)', prepare: closed, code: 'OUTREACH_TIP_CLOSED' },
      { name: 'a linked tip', prepare: linked, code: 'OUTREACH_TIP_ALREADY_LINKED' },
    ],
    forbidden: cchtOnly,
    effect: (state, tip) =>
      expect(tipOf(state, tip)).toMatchObject({ status: 'closed', closure: 'no-trafficking-nexus' }),
  },
];

describe.each(ENDPOINTS)('POST /outreach/campaigns/:id/$name', (endpoint) => {
  const request = (id: string, tip: string, as: string | null = endpoint.as) =>
    send('post', `/outreach/campaigns/${id}/${endpoint.path(tip)}`, as);
  const ready = async (): Promise<{ id: string; tip: string }> => {
    const id = await launched();
    const tip = newTip();
    await endpoint.prepare?.(tip)(id);
    return { id, tip };
  };

  it('answers the new revision, appends one event, and changes the campaign', async () => {
    const { id, tip } = await ready();
    const before = BigInt((await outreach(id)).revision);
    const body = await endpoint.body(id, tip);
    const count = await eventCount();
    const response = await request(id, tip).set('If-Match', `"${before}"`).send(body);
    const revision = String(before + 1n);
    expectCommandAnswer(response, {
      status: endpoint.status,
      id,
      streamId: `outreach-${id}`,
      revision,
      ...(endpoint.eventType === 'TipReceived' ? { also: { tip } } : {}),
    });
    await expectOneEventAppended(client, count, response, {
      type: endpoint.eventType,
      metadata: { scope: SCOPE },
    });
    endpoint.effect((await outreach(id)).state, tip);
  });

  it('repeats the first answer for a retry with the same Idempotency-Key', async () => {
    const { id, tip } = await ready();
    const body = await endpoint.body(id, tip);
    await expectIdempotentRetry(client, {
      send: (sent) => request(id, tip).set('Idempotency-Key', `retry-${endpoint.name}-${id}`).send(sent),
      status: endpoint.status,
      body,
    });
  });

  itRefusesMalformedRequests({
    client,
    target: async () => {
      const { id, tip } = await ready();
      return { request: (as) => request(id, tip, as), body: await endpoint.body(id, tip) };
    },
    unknownField: ['tipster', 'Jane Doe'],
    malformedJson: '{"agency": [',
    plainText: 'agency=FAMS',
    bodyLimit: BODY_LIMIT,
  });

  it('answers 400 naming every bad field', async () => {
    const { id, tip } = await ready();
    const problem = await refused(() => request(id, tip).send(endpoint.invalid.body), 400);
    expect(new Set(fieldsOf(problem))).toEqual(new Set(endpoint.invalid.fields));
  });

  it.each(endpoint.rules)('answers 422 $code for $name', async (rule) => {
    const id = await launched();
    const tip = newTip();
    await (rule.prepare ?? endpoint.prepare)?.(tip)(id);
    const body = await (rule.body ?? endpoint.body)(id, tip);
    const problem = await refused(() => request(id, tip).send(body), 422);
    expect(problem).toMatchObject({ code: rule.code, title: 'Refused by a rule of the domain' });
  });

  it.each(endpoint.forbidden)(
    'answers 403, or 404 where it may not read the campaign, to $as',
    async ({ as, code, unseen, own }: { as: string; code?: string; unseen?: true; own?: true }) => {
      const { id, tip } = await ready();
      const body = await endpoint.body(id, tip);
      const sent = own ? { ...body, agency: ACTORS[as].agency } : body;
      if (unseen) {
        const problem = await refused(() => request(id, tip, as).send(sent), 404);
        expect(problem.detail).toBe(`No outreach with id ${id}.`);
        expect(JSON.stringify(problem)).not.toMatch(/I-45|OUTREACH_|AMTRAK/);
        return;
      }
      const problem = await refused(() => request(id, tip, as).send(sent), 403);
      if (code) expect(problem.code).toBe(code);
      else expect(problem.detail).toMatch(/may not send|may not .* for/);
    },
  );

  it('answers 404 for a campaign never launched and 400 for an id that is not a UUID', async () => {
    const unknown = randomUUID();
    const tip = newTip();
    const body = await endpoint.body(await launched(), tip);
    const problem = await refused(() => request(unknown, tip).send(body), 404);
    expect(problem.detail).toBe(`No outreach with id ${unknown}.`);
    await refused(() => request('campaign-1', tip).send(body), 400);
  });

  it('answers 422 on a seminar: it is no campaign', async () => {
    const seminar = await seminarHeld();
    const tip = newTip();
    // A body the campaign's endpoint takes (the scans' period is a campaign's), sent to a seminar.
    const body = await endpoint.body(await launched(), tip);
    const problem = await refused(() => request(seminar, tip, 'operator').send(body), 422);
    expect(problem.code).toBe('OUTREACH_NOT_A_CAMPAIGN');
  });
});

describe('a tip named in the path', () => {
  it('answers 404 for a tip the campaign does not hold, and 400 for a name where its reference goes', async () => {
    const id = await launched();
    const missing = await refused(
      () =>
        send('post', `/outreach/campaigns/${id}/tips/TIP-TX-2026-999999/triage`, 'ccht').send({
          priority: 'routine',
        }),
      404,
    );
    expect(missing.code).toBe('OUTREACH_TIP_NOT_FOUND');
    const named = await refused(
      () =>
        send('post', `/outreach/campaigns/${id}/tips/JOHN-SMITH-1/triage`, 'ccht').send({
          priority: 'routine',
        }),
      400,
    );
    expect(fieldsOf(named)).toEqual(['tip']);
  });

  it('links a tip to an operation report of the task force', async () => {
    await ok(
      send('post', '/task-forces/TX/members').send({ agency: 'DEA', capabilities: ['law-enforcement'] }),
    );
    const reportId = randomUUID();
    await ok(
      send('post', '/reports').send({
        reportId,
        taskForce: 'TX',
        operation: 'Operation Lone Star Sweep',
        period: { from: '2026-02-01T00:00:00Z', to: '2026-02-28T23:59:59Z' },
        participants: ['DEA'],
      }),
    );
    const id = await launched();
    const tip = newTip();
    await triaged(tip)(id);
    await ok(send('post', `/outreach/campaigns/${id}/tips/${tip}/link`, 'operator').send({ reportId }));
    expect(tipOf((await outreach(id)).state, tip)).toMatchObject({ status: 'linked', reportId });
  });
});

describe('the outreach read model', () => {
  /** The position the last command answered: every read waits for it. */
  let last = '0';
  const command = async (path: string, as: string, body: Record<string, unknown>) => {
    last = (await ok(send('post', path, as).send(body))).body.position;
  };
  const read = async (path: string, as: string) => {
    const separator = path.includes('?') ? '&' : '?';
    return (await ok(send('get', `${path}${separator}minPosition=${last}`, as))).body;
  };
  const corridor = randomUUID();
  const famsOnly = randomUUID();
  const [linkedTip, closedTip] = [newTip(), newTip()];
  type Summary = { outreachId: string; figures: OutreachFigures; linked: unknown[] };
  const listed = async (as: string, query = '') =>
    ((await read(`/outreach/campaigns${query}`, as)).campaigns.items as Summary[]).map((c) => c.outreachId);

  beforeAll(async () => {
    await command('/outreach/campaigns', 'operator', { ...CAMPAIGN, outreachId: corridor });
    await command('/outreach/campaigns', 'operator', {
      ...CAMPAIGN,
      name: 'Air marshals at the Houston airports',
      partners: ['FAMS'],
      outreachId: famsOnly,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await postered(corridor);
    await command(`/outreach/campaigns/${corridor}/scans`, 'fams', {
      agency: 'FAMS',
      period: { from: await launchedAt(corridor), to: now() },
      scans: [{ ...TRAIN, scans: 9 }],
    });
    await command(`/outreach/campaigns/${corridor}/tips`, 'ccht', tipBody(linkedTip));
    await command(`/outreach/campaigns/${corridor}/tips`, 'operator', {
      tip: closedTip,
      channel: 'hotline',
      receivedAt: now(),
    });
    await command(`/outreach/campaigns/${corridor}/tips/${linkedTip}/triage`, 'ccht', { priority: 'urgent' });
    await command(`/outreach/campaigns/${corridor}/tips/${linkedTip}/link`, 'ccht', {
      taskingId: TX_TASKING.taskingId,
    });
    await command(`/outreach/campaigns/${corridor}/tips/${closedTip}/closure`, 'ccht', {
      reason: 'duplicate',
    });
    // Held just now: the latest of the state's seminars.
    await command('/outreach/seminars', 'ccht', {
      ...SEMINAR,
      audience: 'transportation-staff',
      heldAt: now(),
    });
  });

  it("shows a tip linked to a tasking in the campaign's read model, with its figures", async () => {
    const { campaigns, asOf } = await read('/outreach/campaigns?state=TX', 'fbi');
    expect(BigInt(asOf.position)).toBeGreaterThanOrEqual(BigInt(last));
    const ours = (campaigns.items as Summary[]).find((c) => c.outreachId === corridor);
    expect(ours?.linked).toEqual([{ tip: linkedTip, channel: 'qr-poster', taskingId: TX_TASKING.taskingId }]);
    expect(ours?.figures).toMatchObject({
      campaigns: 1,
      posters: { up: 52, placed: 52, removed: 0, upAt: { station: 12, train: 40 } },
      scans: { total: 9, at: { station: 0, train: 9 } },
      tips: {
        total: 2,
        byStatus: { received: 0, triaged: 0, linked: 1, closed: 1 },
        linkedToTaskings: 1,
        linkedToReports: 0,
      },
    });
    expect(ours?.figures.tips.byChannel.hotline).toEqual({ received: 0, triaged: 0, linked: 0, closed: 1 });
    // The list answers the figures, not the tips.
    expect(ours).not.toHaveProperty('tips');
  });

  it('lists to a liaison the campaigns of its states and of its agency, and no others', async () => {
    expect(await listed('amtrak')).toContain(corridor);
    expect(await listed('amtrak')).not.toContain(famsOnly);
    expect(await listed('fams')).toEqual(expect.arrayContaining([corridor, famsOnly]));
    expect(await listed('fbi', '?state=TX')).toEqual(expect.arrayContaining([corridor, famsOnly]));
    expect(await listed('outsider')).toEqual([]);
    expect(await listed('outsider', '?state=TX')).toEqual([]);
    expect(await listed('auditor', '?state=AZ')).toEqual([]);
  });

  it("answers a state's figures as the sum of its campaigns' and seminars', and the nation's as its states'", async () => {
    const { figures, seminars, scope } = await read('/outreach/states/TX', 'fbi');
    expect(scope).toBe('state:TX');
    const all = (await read('/outreach/campaigns?state=TX&limit=1000', 'operator')).campaigns
      .items as Summary[];
    const sum = (pick: (f: OutreachFigures) => number) => all.reduce((n, c) => n + pick(c.figures), 0);
    expect(figures.campaigns).toBe(all.length);
    expect(figures.tips.total).toBe(sum((f) => f.tips.total));
    expect(figures.tips.linkedToTaskings).toBe(sum((f) => f.tips.linkedToTaskings));
    expect(figures.posters.up).toBe(sum((f) => f.posters.up));
    expect(figures.scans.total).toBe(sum((f) => f.scans.total));
    expect(figures.seminars.byAudience['transportation-staff'].held).toBeGreaterThanOrEqual(1);
    expect(figures.seminars.held).toBe(
      Object.values(figures.seminars.byAudience as Record<string, { held: number }>).reduce(
        (n, a) => n + a.held,
        0,
      ),
    );
    expect(seminars[0]).toMatchObject({ audience: 'transportation-staff', venue: SEMINAR.venue });
    const national = await read('/outreach/national', 'operator');
    const texas = national.states.find((s: { state: string }) => s.state === 'TX');
    expect(texas.figures).toEqual(figures);
    expect(national.figures.tips.total).toBe(
      national.states.reduce(
        (n: number, s: { figures: { tips: { total: number } } }) => n + s.figures.tips.total,
        0,
      ),
    );
  });

  it("refuses a state's figures to who may not read the state, and the nation's to liaisons", async () => {
    for (const as of ['amtrak', 'outsider']) {
      const problem = await refused(() => send('get', '/outreach/states/TX', as), 403);
      expect(problem.detail).toContain('State TX');
    }
    await ok(send('get', '/outreach/states/TX', 'auditor'));
    const national = await refused(() => send('get', '/outreach/national', 'ccht'), 403);
    expect(national.detail).toContain('command center');
    await refused(() => send('get', '/outreach/national', null), 401);
  });

  it('answers 400 naming a bad state, page, limit or position', async () => {
    const fields = async (path: string) => fieldsOf(await refused(() => send('get', path, 'operator'), 400));
    expect(await fields('/outreach/campaigns?state=XX&after=x&limit=0')).toEqual(['state', 'after', 'limit']);
    expect(await fields('/outreach/campaigns?state=TX&state=AZ')).toEqual(['state']);
    expect(await fields('/outreach/states/XX')).toEqual(['state']);
    expect(await fields('/outreach/national?minPosition=soon')).toEqual(['minPosition']);
  });
});
