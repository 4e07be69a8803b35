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

// Operation Lone Star Sweep of the Texas task force (co-led by the FBI and ICE-HSI, with the DEA): the FBI
// and the DEA take part. ICE-HSI's liaison reads Texas but does not take part; the ATF's works in Oklahoma.
const ACTORS: Record<string, Actor> = {
  ...COMMAND_CENTRE,
  fbi: { role: 'liaison', agency: 'FBI', states: ['TX'] },
  dea: { role: 'liaison', agency: 'DEA', states: ['TX'] },
  bystander: { role: 'liaison', agency: 'ICE-HSI', states: ['TX'] },
  outsider: { role: 'liaison', agency: 'ATF', states: ['OK'] },
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
}, 60_000);

afterAll(() => client.close());

const OPEN = {
  taskForce: 'TX',
  operation: 'Operation Lone Star Sweep',
  period: { from: '2026-02-01T00:00:00Z', to: '2026-02-28T23:59:59Z' },
  participants: ['FBI', 'DEA'],
};
let nextIncident = 1;
const newIncident = () => `HSTF-TX-2026-${String(nextIncident++).padStart(6, '0')}`;
const arrest = (incident: string) => ({
  incident,
  affiliation: { kind: 'cartel', name: 'Cartel del Noreste' },
  evidence: ['intelligence', 'communications'],
});
const CASE = { court: 'txsd', caseNumber: '4:26-cr-00123' };

async function opened(): Promise<string> {
  const reportId = randomUUID();
  await ok(send('post', '/reports', 'operator').send({ ...OPEN, reportId }));
  return reportId;
}

async function report(reportId: string): Promise<{ revision: string; state: Record<string, unknown> }> {
  return (await ok(send('get', `/reports/${reportId}`, 'auditor'))).body;
}

const reported =
  (incident: string, as = 'fbi', agency = 'FBI') =>
  (id: string) =>
    ok(
      send('post', `/reports/${id}/arrests`, as).send({
        reportingAgency: agency,
        arrests: [arrest(incident)],
      }),
    );
const chargedIn = (incident: string) => (id: string) =>
  ok(send('post', `/reports/${id}/charges`).send({ incidents: [incident], charging: CASE }));

describe('POST /reports', () => {
  it('opens a report, answering where it is; the report is read by its state and participants', async () => {
    const reportId = randomUUID();
    const count = await eventCount();
    const response = await send('post', '/reports', 'operator').send({ ...OPEN, reportId });
    expectCommandAnswer(response, {
      status: 201,
      id: reportId,
      streamId: `report-${reportId}`,
      revision: '0',
    });
    expect(response.headers.location).toBe(`/reports/${reportId}`);
    await expectOneEventAppended(client, count, response, {
      type: 'ReportOpened',
      metadata: { scope: { states: ['TX'], agencies: ['DEA', 'FBI'] } },
    });
    const body = (await ok(send('get', `/reports/${reportId}`, 'bystander'))).body;
    expect(body.state).toMatchObject({
      status: 'open',
      operation: OPEN.operation,
      arrests: [],
      seizures: [],
    });
    const hidden = await refused(() => send('get', `/reports/${reportId}`, 'outsider'), 404);
    expect(hidden.detail).toBe(`No report with id ${reportId}.`);
  });

  it('answers 400 naming every bad field', async () => {
    const problem = await refused(
      () =>
        send('post', '/reports', 'operator').send({
          taskForce: 'XX',
          operation: '',
          period: { from: 'February' },
          participants: ['fbi'],
        }),
      400,
    );
    expect(new Set(fieldsOf(problem))).toEqual(
      new Set(['taskForce', 'operation', 'period.from', 'period.to', 'participants']),
    );
  });

  it('answers 422 for an agency that is not a member of the task force', async () => {
    const problem = await refused(
      () => send('post', '/reports', 'operator').send({ ...OPEN, participants: ['FBI', 'ATF'] }),
      422,
    );
    expect(problem.code).toBe('REPORT_PARTICIPANT_NOT_MEMBER');
  });

  it('is refused to liaisons and auditors', async () => {
    for (const as of ['fbi', 'auditor']) {
      const problem = await refused(() => send('post', '/reports', as).send(OPEN), 403);
      expect(problem.detail).toContain('may not send OpenReport');
    }
  });

  it('repeats the first answer for a retry with the same Idempotency-Key', async () => {
    await expectIdempotentRetry(client, {
      send: (body) => send('post', '/reports', 'operator').set('Idempotency-Key', 'open-once').send(body),
      status: 201,
      body: OPEN,
      otherBody: { ...OPEN, operation: 'Operation Other' },
    });
  });

  itRefusesMalformedRequests({
    client,
    target: () => ({ request: (as = 'operator') => send('post', '/reports', as), body: OPEN }),
    unknownField: ['urgency', 'high'],
    malformedJson: '{"taskForce": "TX",',
    plainText: 'taskForce=TX',
    bodyLimit: BODY_LIMIT,
  });
});

interface Endpoint {
  readonly path: string;
  readonly as: string;
  readonly eventType: string;
  /** A fresh incident's body, after `prepare` brought the report to where the command applies. */
  readonly body: (incident: string) => Record<string, unknown>;
  readonly prepare?: (incident: string) => (id: string) => Promise<unknown>;
  readonly invalid: { readonly body: Record<string, unknown>; readonly fields: readonly string[] };
  readonly rules: readonly {
    readonly name: string;
    readonly prepare?: (incident: string) => (id: string) => Promise<unknown>;
    readonly body?: (incident: string) => Record<string, unknown>;
    readonly code: string;
  }[];
  /**
   * Refused to these, with 403 and the code (or the permission), or 404 where the report is unseen; `own`
   * sends the body for the actor's own agency, so that the report's rule refuses it, not the token's.
   */
  readonly forbidden: readonly {
    readonly as: string;
    readonly code?: string;
    readonly unseen?: true;
    readonly own?: true;
  }[];
  readonly effect: (state: Record<string, unknown>, incident: string) => void;
}

const arrestsOf = (state: Record<string, unknown>) => state.arrests as Record<string, unknown>[];

const ENDPOINTS: Endpoint[] = [
  {
    path: 'arrests',
    as: 'fbi',
    eventType: 'ArrestsReported',
    body: (incident) => ({ reportingAgency: 'FBI', arrests: [arrest(incident)] }),
    invalid: {
      body: {
        reportingAgency: 'fbi',
        arrests: [{ incident: 'TX-1', affiliation: { kind: 'club' }, evidence: ['hearsay'] }],
      },
      fields: ['reportingAgency', 'arrests.0.incident', 'arrests.0.affiliation.kind', 'arrests.0.evidence'],
    },
    rules: [
      { name: 'an arrest the agency reported already', prepare: reported, code: 'REPORT_ALREADY_REPORTED' },
      {
        name: 'another affiliation alleged of the same arrest',
        prepare: (incident) => reported(incident, 'dea', 'DEA'),
        body: (incident) => ({
          reportingAgency: 'FBI',
          arrests: [{ ...arrest(incident), affiliation: { kind: 'gang', name: 'MS-13' } }],
        }),
        code: 'REPORT_ALLEGATION_CONFLICT',
      },
      {
        name: 'an incident of another state',
        body: () => ({ reportingAgency: 'FBI', arrests: [arrest('HSTF-NM-2026-000001')] }),
        code: 'REPORT_INVALID_INCIDENT',
      },
    ],
    forbidden: [
      { as: 'auditor' },
      { as: 'bystander', code: 'REPORT_NOT_PARTICIPATING', own: true },
      // The DEA takes part, but its liaison reports for the DEA only.
      { as: 'dea' },
      { as: 'outsider', unseen: true, own: true },
    ],
    effect: (state, incident) =>
      expect(arrestsOf(state)).toEqual([{ ...arrest(incident), reportedBy: ['FBI'] }]),
  },
  {
    path: 'seizures',
    as: 'dea',
    eventType: 'SeizuresReported',
    body: (incident) => ({
      reportingAgency: 'DEA',
      seizures: [{ incident, kind: 'drugs', drug: 'fentanyl', quantity: 2.5 }],
    }),
    invalid: {
      body: { reportingAgency: 'DEA', seizures: [{ incident: 'x', kind: 'art', quantity: -1 }] },
      fields: ['seizures.0.incident', 'seizures.0.kind', 'seizures.0.quantity'],
    },
    rules: [
      {
        name: 'a drug seizure without its drug',
        body: (incident) => ({
          reportingAgency: 'DEA',
          seizures: [{ incident, kind: 'drugs', quantity: 1 }],
        }),
        code: 'REPORT_DRUG_KIND',
      },
      {
        name: 'another quantity of a seizure another agency reported',
        prepare: (incident) => (id) =>
          ok(
            send('post', `/reports/${id}/seizures`, 'fbi').send({
              reportingAgency: 'FBI',
              seizures: [{ incident, kind: 'drugs', drug: 'fentanyl', quantity: 3 }],
            }),
          ),
        code: 'REPORT_SEIZURE_CONFLICT',
      },
    ],
    forbidden: [
      { as: 'auditor' },
      { as: 'fbi' },
      { as: 'bystander', code: 'REPORT_NOT_PARTICIPATING', own: true },
      { as: 'outsider', unseen: true, own: true },
    ],
    effect: (state, incident) =>
      expect(state.seizures).toEqual([
        { incident, kind: 'drugs', drug: 'fentanyl', quantity: 2.5, unit: 'kg', reportedBy: ['DEA'] },
      ]),
  },
  {
    path: 'charges',
    as: 'fbi',
    eventType: 'ArrestsCharged',
    prepare: reported,
    body: (incident) => ({ incidents: [incident], charging: CASE }),
    invalid: {
      body: { incidents: [], charging: { court: 'S.D. Tex.', caseNumber: '123' } },
      fields: ['incidents', 'charging.court', 'charging.caseNumber'],
    },
    rules: [
      {
        name: 'an arrest the report does not hold (the charged count never exceeds the reported)',
        body: () => ({ incidents: [newIncident()], charging: CASE }),
        code: 'REPORT_INCIDENT_NOT_REPORTED',
      },
      {
        name: 'an arrest already charged',
        prepare: (incident) => async (id) => {
          await reported(incident)(id);
          await chargedIn(incident)(id);
        },
        code: 'REPORT_ALREADY_CHARGED',
      },
    ],
    forbidden: [
      { as: 'auditor' },
      { as: 'bystander', code: 'REPORT_NOT_PARTICIPATING' },
      { as: 'outsider', unseen: true },
    ],
    effect: (state, incident) =>
      expect(arrestsOf(state).find((a) => a.incident === incident)).toMatchObject({ charged: CASE }),
  },
  {
    path: 'court-verifications',
    as: 'operator',
    eventType: 'ArrestsCourtVerified',
    prepare: (incident) => async (id) => {
      await reported(incident)(id);
      await chargedIn(incident)(id);
    },
    body: (incident) => ({ incidents: [incident], docket: { ...CASE, entry: 57 }, outcome: 'indicted' }),
    invalid: {
      body: { incidents: ['HSTF-TX-2026-1'], docket: { ...CASE, entry: 0 }, outcome: 'sentenced' },
      fields: ['incidents', 'docket.entry', 'outcome'],
    },
    rules: [
      {
        name: 'an arrest not charged (the verified count never exceeds the charged)',
        prepare: reported,
        code: 'REPORT_NOT_CHARGED',
      },
      {
        name: 'a docket of another case',
        body: (incident) => ({
          incidents: [incident],
          docket: { court: 'txsd', caseNumber: '4:26-cr-00999', entry: 3 },
          outcome: 'indicted',
        }),
        code: 'REPORT_DOCKET_OF_ANOTHER_CASE',
      },
    ],
    forbidden: [{ as: 'auditor' }, { as: 'bystander', code: 'REPORT_NOT_PARTICIPATING' }],
    effect: (state, incident) =>
      expect(arrestsOf(state).find((a) => a.incident === incident)).toMatchObject({
        courtVerified: { docket: { ...CASE, entry: 57 }, outcome: 'indicted' },
      }),
  },
  {
    path: 'affiliation-findings',
    as: 'operator',
    eventType: 'AffiliationProved',
    prepare: (incident) => async (id) => {
      await reported(incident)(id);
      await chargedIn(incident)(id);
    },
    body: (incident) => ({
      incidents: [incident],
      docket: { ...CASE, entry: 112 },
      finding: 'Jury special verdict: member of the enterprise (count 1)',
    }),
    invalid: {
      body: { incidents: 'all', docket: {}, finding: '' },
      fields: ['incidents', 'docket.court', 'docket.caseNumber', 'docket.entry', 'finding'],
    },
    rules: [{ name: 'an arrest not charged', prepare: reported, code: 'REPORT_NOT_CHARGED' }],
    forbidden: [{ as: 'auditor' }],
    effect: (state, incident) =>
      expect(arrestsOf(state).find((a) => a.incident === incident)).toMatchObject({
        affiliationProved: { docket: { ...CASE, entry: 112 } },
      }),
  },
  {
    path: 'revisions',
    as: 'operator',
    eventType: 'ReportRevised',
    prepare: reported,
    body: (incident) => ({
      reason: 'Reported in error: duplicate booking.',
      changes: { withdrawArrests: [incident] },
    }),
    invalid: {
      body: { reason: '', changes: { withdrawArrests: ['x'] } },
      fields: ['reason', 'changes.withdrawArrests'],
    },
    rules: [
      {
        name: 'a revision that changes nothing',
        body: () => ({ reason: 'Nothing.', changes: {} }),
        code: 'REPORT_NO_CHANGES',
      },
      {
        name: 'withdrawing a charged arrest',
        prepare: (incident) => async (id) => {
          await reported(incident)(id);
          await chargedIn(incident)(id);
        },
        code: 'REPORT_WITHDRAW_CHARGED',
      },
    ],
    forbidden: [{ as: 'auditor' }, { as: 'fbi' }],
    effect: (state, incident) => expect(arrestsOf(state).some((a) => a.incident === incident)).toBe(false),
  },
];

describe.each(ENDPOINTS)('POST /reports/:id/$path', (endpoint) => {
  const request = (id: string, as: string | null = endpoint.as) =>
    send('post', `/reports/${id}/${endpoint.path}`, as);
  const ready = async (): Promise<{ id: string; incident: string }> => {
    const id = await opened();
    const incident = newIncident();
    await endpoint.prepare?.(incident)(id);
    return { id, incident };
  };

  it('answers the new revision, appends one event, and changes the report', async () => {
    const { id, incident } = await ready();
    const before = BigInt((await report(id)).revision);
    const count = await eventCount();
    const response = await request(id).set('If-Match', `"${before}"`).send(endpoint.body(incident));
    const revision = String(before + 1n);
    expectCommandAnswer(response, { status: 201, id, streamId: `report-${id}`, revision });
    await expectOneEventAppended(client, count, response, {
      type: endpoint.eventType,
      metadata: { scope: { states: ['TX'], agencies: ['DEA', 'FBI'] } },
    });
    endpoint.effect((await report(id)).state, incident);
  });

  it('repeats the first answer for a retry with the same Idempotency-Key', async () => {
    const { id, incident } = await ready();
    await expectIdempotentRetry(client, {
      send: (body) => request(id).set('Idempotency-Key', `retry-${endpoint.path}-${id}`).send(body),
      status: 201,
      body: endpoint.body(incident),
    });
  });

  itRefusesMalformedRequests({
    client,
    target: async () => {
      const { id, incident } = await ready();
      return { request: (as) => request(id, as), body: endpoint.body(incident) };
    },
    unknownField: ['urgency', 'high'],
    malformedJson: '{"incidents": [',
    plainText: 'incidents=1',
    bodyLimit: BODY_LIMIT,
  });

  it('answers 400 naming every bad field', async () => {
    const { id } = await ready();
    const problem = await refused(() => request(id).send(endpoint.invalid.body), 400);
    expect(new Set(fieldsOf(problem))).toEqual(new Set(endpoint.invalid.fields));
  });

  it.each(endpoint.rules)('answers 422 $code for $name', async (rule) => {
    const id = await opened();
    const incident = newIncident();
    await (rule.prepare ?? endpoint.prepare)?.(incident)(id);
    const problem = await refused(() => request(id).send((rule.body ?? endpoint.body)(incident)), 422);
    expect(problem).toMatchObject({ code: rule.code, title: 'Refused by a rule of the domain' });
  });

  it.each(endpoint.forbidden)(
    'answers 403, or 404 where it may not read the report, to $as',
    async ({ as, code, unseen, own }) => {
      const { id, incident } = await ready();
      const body = endpoint.body(incident);
      const sent = own ? { ...body, reportingAgency: ACTORS[as].agency } : body;
      if (unseen) {
        const problem = await refused(() => request(id, as).send(sent), 404);
        expect(problem.detail).toBe(`No report with id ${id}.`);
        expect(JSON.stringify(problem)).not.toMatch(/Lone Star|REPORT_|DEA/);
        return;
      }
      const problem = await refused(() => request(id, as).send(sent), 403);
      if (code) expect(problem.code).toBe(code);
      else expect(problem.detail).toMatch(/may not send|may not .* for/);
    },
  );

  it('answers 404 for a report never opened and 400 for an id that is not a UUID', async () => {
    const unknown = randomUUID();
    const problem = await refused(() => request(unknown).send(endpoint.body(newIncident())), 404);
    expect(problem.detail).toContain(unknown);
    await refused(() => request('report-1').send(endpoint.body(newIncident())), 400);
  });
});

describe('an arrest two agencies report', () => {
  it('is held once, with both agencies among its reporters, and charged once', async () => {
    const id = await opened();
    const incident = newIncident();
    await reported(incident, 'fbi', 'FBI')(id);
    await reported(incident, 'dea', 'DEA')(id);
    await chargedIn(incident)(id);
    const arrests = arrestsOf((await report(id)).state);
    expect(arrests).toHaveLength(1);
    expect(arrests[0]).toMatchObject({ incident, reportedBy: ['FBI', 'DEA'], charged: CASE });
  });
});

describe("the audit's as-of board: what Texas had reported at a time", () => {
  it('answers the tallies per tier as the reports stood at a position, not as they stand now', async () => {
    const id = await opened();
    const [first, second] = [newIncident(), newIncident()];
    await ok(
      send('post', `/reports/${id}/arrests`).send({
        reportingAgency: 'FBI',
        arrests: [arrest(first), arrest(second)],
      }),
    );
    const reportedAt = (await reported(first, 'dea', 'DEA')(id)).body.position as string;
    await chargedIn(first)(id);
    const board = async (query: string) =>
      (await ok(send('get', `/audit/task-forces/TX/board${query}`, 'auditor'))).body.board;
    const then = await board(`?atPosition=${reportedAt}`);
    const now = await board('');
    const ours = (view: { reports: { streamId: string; state: Record<string, unknown> }[] }) =>
      view.reports.find((item) => item.streamId === `report-${id}`)?.state;
    expect(arrestsOf(ours(then) ?? {}).map((a) => [a.incident, a.reportedBy, a.charged])).toEqual([
      [first, ['FBI', 'DEA'], undefined],
      [second, ['FBI'], undefined],
    ]);
    expect(arrestsOf(ours(now) ?? {})[0]).toMatchObject({ charged: CASE });
    // The state's tallies at each cut: the charged tier gains the charged arrest only after the charge.
    expect(now.tallies.tiers.reported.arrests).toBe(then.tallies.tiers.reported.arrests);
    expect(now.tallies.tiers.charged.arrests).toBe(then.tallies.tiers.charged.arrests + 1);
    expect(then.tallies.tiers.courtVerified.arrests).toBeLessThanOrEqual(then.tallies.tiers.charged.arrests);
  });
});
