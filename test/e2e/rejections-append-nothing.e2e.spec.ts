import { COMMAND_PERMISSIONS, COMMAND_TYPES, CommandType, ROLES } from '@hstf/auth';
import { COMMAND_CENTRE, e2eClient, fieldsOf, Method, ok } from '../helpers/e2e';
import { COMMAND_ROUTES } from '../../apps/api/src/commands/command-tables';

// No rejected request ever appends an event. For every command endpoint of the API: a malformed body, a
// body with an unknown field, the token of each role that may not send the command, and no token at all are
// refused, and the domain's events in the store are the same after each as before (the audit's own records
// of the refusal are no domain event: see domainEvents in test/helpers/e2e.ts).
//
// One row an endpoint, in the ROWS table below: a new endpoint is a new row, and the first two tests fail
// until it has one.

interface Row {
  readonly command: CommandType;
  /** Method and path as the OpenAPI document names them. */
  readonly route: string;
  /** A body an actor entitled to the command could send to the seeded aggregate. */
  readonly body: Record<string, unknown>;
}

const ISSUED = {
  title: 'Surge on southbound I-35 smuggling corridors',
  body: 'Coordinate interdiction at the Laredo and San Antonio checkpoints; report daily.',
  priority: 'priority',
  addressees: { states: ['TX'], agencies: ['FBI', 'CBP'] },
  authority: 'EO 14159 sec. 3(b)',
  effectiveAt: '2026-01-01T00:00:00Z',
  acknowledgeBy: '2099-01-01T00:00:00Z',
  expiresAt: '2100-01-01T00:00:00Z',
};
const ASSIGNED = {
  taskForce: 'TX',
  leadAgency: 'ICE-HSI',
  supportingAgencies: ['CBP'],
  objective: 'smuggling',
  title: 'Disrupt the Laredo stash-house network',
  instructions: 'Identify and surveil the three stash houses named in the directive annex.',
  dueAt: '2099-12-20T17:00:00Z',
};
const PLEDGED = {
  agency: 'FBI',
  taskForce: 'TX',
  kind: 'personnel',
  quantity: 12,
  unit: 'agents',
  period: { from: '2025-12-01T00:00:00Z', to: '2099-06-01T00:00:00Z' },
  appropriation: 'available',
};
const DELIVERED_AT = '2025-12-02T08:00:00Z';
const FORFEITURE = {
  caseReference: 'CR-26-00417-SA',
  court: 'txwd',
  taskForce: 'TX',
  seizingAgency: 'FBI',
  assets: [{ kind: 'currency', value: 250_000 }],
};

const REPORT = {
  taskForce: 'TX',
  operation: 'Operation Lone Star Sweep',
  period: { from: '2026-02-01T00:00:00Z', to: '2026-02-28T23:59:59Z' },
  participants: ['FBI', 'CBP'],
};
const INCIDENT = 'HSTF-TX-2026-000101';
const CASE = { court: 'txsd', caseNumber: '4:26-cr-00123' };
const REFERRAL = {
  caseReference: 'CCHT-REF-2026-0001',
  channel: 'victim-services',
  referringAgency: 'FBI',
  receivingAgency: 'CCHT',
  taskForce: 'TX',
};

const SEMINAR = {
  taskForce: 'TX',
  format: 'seminar',
  audience: 'high-schools',
  venue: 'TX-HS-101912',
  heldAt: '2026-03-09T15:00:00Z',
  attendance: { attendees: 240, frontLineStaff: 18 },
};
const CAMPAIGN = { taskForce: 'TX', name: 'I-45 corridor QR posters', partners: ['AMTRAK-PD', 'FAMS'] };
const TRAIN = { placement: 'train', reference: 'AMTRAK-TRAIN-421' };

const ROWS: readonly Row[] = [
  {
    command: 'RegisterAgency',
    route: 'POST /agencies',
    body: { code: 'AZ-PHX', name: 'Phoenix Police', kind: 'local', state: 'AZ' },
  },
  { command: 'RenameAgency', route: 'POST /agencies/{code}/name', body: { name: 'Texas Highway Patrol' } },

  {
    command: 'EstablishTaskForce',
    route: 'POST /task-forces',
    body: { state: 'AZ', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' },
  },
  {
    command: 'EnrollMemberAgency',
    route: 'POST /task-forces/{state}/members',
    body: { agency: 'DEA', capabilities: ['intelligence'] },
  },
  {
    command: 'WithdrawMemberAgency',
    route: 'POST /task-forces/{state}/members/{agency}/withdrawal',
    body: { reason: 'Agents redeployed to the southwest border surge' },
  },
  {
    command: 'DesignateCoLead',
    route: 'PUT /task-forces/{state}/co-leads/{department}',
    body: { agency: 'DEA' },
  },
  {
    command: 'SetObjectives',
    route: 'PUT /task-forces/{state}/objectives',
    body: { objectives: ['cartels'] },
  },

  { command: 'IssueDirective', route: 'POST /directives', body: ISSUED },
  {
    command: 'AcknowledgeDirective',
    route: 'POST /directives/{id}/acknowledgements',
    body: { addressee: { kind: 'agency', code: 'FBI' }, note: 'Received.' },
  },
  {
    command: 'AmendDirective',
    route: 'POST /directives/{id}/amendments',
    body: { title: 'Surge on the I-35 and I-10 corridors', reason: 'Extend to I-10' },
  },
  {
    command: 'SupersedeDirective',
    route: 'POST /directives/{id}/supersession',
    body: {
      supersededBy: '9b2e4c1a-6f3d-4e8a-b5c7-1d2e3f4a5b6c',
      reason: 'Replaced by the winter directive',
    },
  },
  {
    command: 'RescindDirective',
    route: 'POST /directives/{id}/rescission',
    body: { reason: 'Issued in error' },
  },

  { command: 'AssignTasking', route: 'POST /taskings', body: ASSIGNED },
  { command: 'AcceptTasking', route: 'POST /taskings/{id}/acceptance', body: {} },
  {
    command: 'DeclineTasking',
    route: 'POST /taskings/{id}/declination',
    body: { reason: 'No agents free.' },
  },
  {
    command: 'ReportTaskingProgress',
    route: 'POST /taskings/{id}/progress-reports',
    body: { summary: 'Two of the three houses under surveillance.', percentComplete: 40 },
  },
  {
    command: 'BlockTasking',
    route: 'POST /taskings/{id}/blocks',
    body: { reason: 'Waiting for the wiretap order.' },
  },
  { command: 'UnblockTasking', route: 'POST /taskings/{id}/unblocks', body: { resolution: 'Order signed.' } },
  {
    command: 'ReassignTasking',
    route: 'POST /taskings/{id}/reassignment',
    body: { leadAgency: 'FBI', reason: 'The FBI has capacity.' },
  },
  {
    command: 'CompleteTasking',
    route: 'POST /taskings/{id}/completion',
    body: { outcome: 'Three stash houses searched.' },
  },
  {
    command: 'CancelTasking',
    route: 'POST /taskings/{id}/cancellation',
    body: { reason: 'Overtaken by events.' },
  },

  { command: 'PledgeSupport', route: 'POST /commitments', body: PLEDGED },
  {
    command: 'RecordDelivery',
    route: 'POST /commitments/{id}/deliveries',
    body: { quantity: 4, deliveredAt: DELIVERED_AT },
  },
  {
    command: 'AdjustCommitment',
    route: 'POST /commitments/{id}/adjustments',
    body: { quantity: 8, reason: 'Four agents recalled.' },
  },
  {
    command: 'WithdrawCommitment',
    route: 'POST /commitments/{id}/withdrawal',
    body: { reason: 'Field office reassigned.' },
  },

  { command: 'OpenReport', route: 'POST /reports', body: REPORT },
  {
    command: 'ReportArrests',
    route: 'POST /reports/{id}/arrests',
    body: {
      reportingAgency: 'FBI',
      arrests: [{ incident: INCIDENT, affiliation: { kind: 'cartel' }, evidence: ['intelligence'] }],
    },
  },
  {
    command: 'ReportSeizures',
    route: 'POST /reports/{id}/seizures',
    body: { reportingAgency: 'FBI', seizures: [{ incident: INCIDENT, kind: 'firearms', quantity: 2 }] },
  },
  {
    command: 'ChargeArrests',
    route: 'POST /reports/{id}/charges',
    body: { incidents: [INCIDENT], charging: CASE },
  },
  {
    command: 'VerifyArrestsInCourt',
    route: 'POST /reports/{id}/court-verifications',
    body: { incidents: [INCIDENT], docket: { ...CASE, entry: 57 }, outcome: 'indicted' },
  },
  {
    command: 'ProveAffiliation',
    route: 'POST /reports/{id}/affiliation-findings',
    body: { incidents: [INCIDENT], docket: { ...CASE, entry: 90 }, finding: 'Special verdict' },
  },
  {
    command: 'ReviseReport',
    route: 'POST /reports/{id}/revisions',
    body: { reason: 'Duplicate booking.', changes: { withdrawArrests: [INCIDENT] } },
  },

  { command: 'MakeReferral', route: 'POST /referrals', body: REFERRAL },
  { command: 'AcceptReferral', route: 'POST /referrals/{id}/acceptance', body: {} },
  { command: 'StartReferral', route: 'POST /referrals/{id}/start', body: { note: 'Intake booked.' } },
  { command: 'CloseReferral', route: 'POST /referrals/{id}/closure', body: { outcome: 'services-provided' } },

  { command: 'OpenForfeiture', route: 'POST /forfeitures', body: FORFEITURE },
  {
    command: 'RecordForfeitureOrder',
    route: 'POST /forfeitures/{id}/order',
    body: { orderReference: 'ECF-2044', amountForfeited: 200_000 },
  },
  {
    command: 'PlaceInRemissionPool',
    route: 'POST /forfeitures/{id}/pool-placements',
    body: { placementReference: 'AFF-2026-000731', amount: 100_000 },
  },
  {
    command: 'FileRemissionPetition',
    route: 'POST /forfeitures/{id}/petitions',
    body: { petitionReference: 'REM-BP-2026-000123' },
  },
  {
    command: 'ReviewRemissionPetition',
    route: 'POST /forfeitures/{id}/petitions/{petition}/review',
    body: {},
  },
  {
    command: 'GrantRemissionPetition',
    route: 'POST /forfeitures/{id}/petitions/{petition}/grant',
    body: { amount: 25_000 },
  },
  {
    command: 'DenyRemissionPetition',
    route: 'POST /forfeitures/{id}/petitions/{petition}/denial',
    body: { reason: 'The loss claimed is not shown to result from the offense.' },
  },
  {
    command: 'PayRemissionPetition',
    route: 'POST /forfeitures/{id}/petitions/{petition}/payment',
    body: { paymentReference: 'TREAS-2026-004417' },
  },
  { command: 'HoldSeminar', route: 'POST /outreach/seminars', body: SEMINAR },
  {
    command: 'CorrectAttendance',
    route: 'POST /outreach/seminars/{id}/attendance-corrections',
    body: { attendance: { attendees: 251, frontLineStaff: 19 }, reason: 'Sign-in sheets tallied.' },
  },
  { command: 'LaunchCampaign', route: 'POST /outreach/campaigns', body: CAMPAIGN },
  {
    command: 'PlacePosters',
    route: 'POST /outreach/campaigns/{id}/posters',
    body: { agency: 'AMTRAK-PD', placements: [{ ...TRAIN, posters: 40 }] },
  },
  {
    command: 'RemovePosters',
    route: 'POST /outreach/campaigns/{id}/poster-removals',
    body: { agency: 'AMTRAK-PD', removals: [{ ...TRAIN, posters: 40 }] },
  },
  {
    command: 'RecordScans',
    route: 'POST /outreach/campaigns/{id}/scans',
    body: {
      agency: 'AMTRAK-PD',
      period: { from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' },
      scans: [{ ...TRAIN, scans: 31 }],
    },
  },
  {
    command: 'ReceiveTip',
    route: 'POST /outreach/campaigns/{id}/tips',
    body: { tip: 'TIP-TX-2026-000123', channel: 'hotline', receivedAt: '2026-03-08T21:30:00Z' },
  },
  {
    command: 'TriageTip',
    route: 'POST /outreach/campaigns/{id}/tips/{tip}/triage',
    body: { priority: 'urgent' },
  },
  {
    command: 'LinkTip',
    route: 'POST /outreach/campaigns/{id}/tips/{tip}/link',
    body: { taskingId: '5f7e1c2a-8b4d-4e69-a0f3-1d2c3b4a5e6f' },
  },
  {
    command: 'CloseTip',
    route: 'POST /outreach/campaigns/{id}/tips/{tip}/closure',
    body: { reason: 'duplicate' },
  },
];

const client = e2eClient('operator');
const { send, refused } = client;

/** The aggregate each resource's `{id}` names: one of each, seeded before the suite. */
const seeded: Record<string, string> = {};
/** What the other path parameters name: the Texas task force, a member that is no co-lead, DOJ. */
const PATH_PARAMETERS: Record<string, string> = {
  code: 'TX-DPS',
  state: 'TX',
  agency: 'CBP',
  department: 'DOJ',
  tip: 'TIP-TX-2026-000123',
  petition: 'REM-BP-2026-000123',
};

jest.setTimeout(30_000);

beforeAll(async () => {
  // A token for each role; the liaison's is a pledging, acknowledging Texas member's, as liaisons send.
  await client.start({
    ...COMMAND_CENTRE,
    liaison: { role: 'liaison', agency: 'FBI', states: ['TX'] },
  });
  await ok(
    send('post', '/agencies', 'admin').send({
      code: 'TX-DPS',
      name: 'Texas DPS',
      kind: 'state',
      state: 'TX',
    }),
  );
  await ok(send('post', '/task-forces').send({ state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }));
  await ok(
    send('post', '/task-forces/TX/members').send({ agency: 'CBP', capabilities: ['law-enforcement'] }),
  );
  seeded.directives = (await ok(send('post', '/directives').send(ISSUED))).body.id;
  seeded.taskings = (await ok(send('post', '/taskings').send(ASSIGNED))).body.id;
  seeded.commitments = (await ok(send('post', '/commitments', 'liaison').send(PLEDGED))).body.id;
  seeded.outreach = (await ok(send('post', '/outreach/campaigns').send(CAMPAIGN))).body.id;
  seeded.reports = (await ok(send('post', '/reports').send(REPORT))).body.id;
  seeded.referrals = (await ok(send('post', '/referrals', 'liaison').send(REFERRAL))).body.id;
  seeded.forfeitures = (await ok(send('post', '/forfeitures', 'liaison').send(FORFEITURE))).body.id;
}, 60_000);

afterAll(() => client.close());

/** The row's method, and its path with the seeded aggregates in place of its parameters. */
function target(row: Row): { method: Method; path: string } {
  const [method, route] = row.route.split(' ');
  const resource = route.split('/')[1];
  const path = route.replace(/\{(\w+)\}/g, (_match, name: string) =>
    name === 'id' ? seeded[resource] : PATH_PARAMETERS[name],
  );
  return { method: method.toLowerCase() as Method, path };
}

/** The roles COMMAND_PERMISSIONS does not let send the command. */
const rolesRefused = (command: CommandType) =>
  ROLES.filter((role) => !COMMAND_PERMISSIONS[command].includes(role));

/** Who sends the malformed bodies: the first role COMMAND_PERMISSIONS lets send the command. */
const entitled = (command: CommandType): string => COMMAND_PERMISSIONS[command][0];

describe('the table of command endpoints', () => {
  it('has a row for every command the API takes', () => {
    expect(ROWS.map((row) => row.command).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it('has a row for every write route the API documents', async () => {
    const { paths } = (await ok(send('get', '/docs-json'))).body as { paths: Record<string, object> };
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => !['get', 'head', 'options'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(ROWS.map((row) => row.route).sort()).toEqual(documented.sort());
    // The API's own command tables name the same routes, as Fastify templates them (`:id`, not `{id}`).
    expect([...COMMAND_ROUTES.keys()].sort()).toEqual(
      documented.map((route) => route.replace(/\{(\w+)\}/g, ':$1')).sort(),
    );
  });
});

describe.each(ROWS)('$route ($command)', (row) => {
  const request = (as: string | null = entitled(row.command)) => {
    const { method, path } = target(row);
    return send(method, path, as);
  };

  it('refuses a malformed body with 400, appending nothing', async () => {
    const problem = await refused(
      () => request().set('content-type', 'application/json').send('{"reason": "unfinished'),
      400,
    );
    expect(fieldsOf(problem)).toEqual(['body']);
  });

  it('refuses a body with an unknown field with 400, appending nothing', async () => {
    const problem = await refused(() => request().send({ ...row.body, urgency: 'high' }), 400);
    expect(problem.errors).toEqual([{ field: 'urgency', reason: 'urgency is not a known field' }]);
  });

  it.each(rolesRefused(row.command))('refuses the role %s with 403, appending nothing', async (role) => {
    const problem = await refused(() => request(role).send(row.body), 403);
    expect(problem.detail).toBe(`the role ${role} may not send ${row.command}`);
  });

  it('refuses a request without a token with 401, appending nothing', async () => {
    await refused(() => request(null).send(row.body), 401);
  });
});
