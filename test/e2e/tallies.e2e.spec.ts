import { randomUUID } from 'node:crypto';
import { Actor, COMMAND_CENTRE, e2eClient, fieldsOf, ok, Problem } from '../helpers/e2e';

// Texas (co-led by the FBI and ICE-HSI, with the DEA) runs Operation Lone Star Sweep with the FBI and
// ICE-HSI, and the DEA runs a corridor operation that holds one of the sweep's arrests again; Arizona
// (co-led by the ATF and the Coast Guard, with the DEA) runs an operation of its own. The DEA's liaison
// reads by its agency alone: the sweep is not its report.
const ACTORS: Record<string, Actor> = {
  ...COMMAND_CENTRE,
  fbi: { role: 'liaison', agency: 'FBI', states: ['TX'] },
  ice: { role: 'liaison', agency: 'ICE-HSI', states: ['TX'] },
  dea: { role: 'liaison', agency: 'DEA', states: [] },
  arizonan: { role: 'liaison', agency: 'ATF', states: ['AZ'] },
};

const client = e2eClient('supervisor');
const { send, refused } = client;

jest.setTimeout(30_000);

const CASE = { court: 'txsd', caseNumber: '4:26-cr-00123' };
const DOCKET = { ...CASE, entry: 57 };
const tx = (n: number) => `HSTF-TX-2026-${String(n).padStart(6, '0')}`;
const az = (n: number) => `HSTF-AZ-2026-${String(n).padStart(6, '0')}`;
const [A, B, C, D] = [tx(101), tx(102), tx(103), tx(104)];
const arrest = (incident: string, kind = 'cartel') => ({
  incident,
  affiliation: { kind, name: 'Cartel del Noreste' },
  evidence: ['intelligence', 'communications'],
});

const sweep = randomUUID();
const corridor = randomUUID();
const desert = randomUUID();
/** The position the last command answered: every read waits for it. */
let last = '0';

async function command(path: string, as: string, body: Record<string, unknown>): Promise<void> {
  last = (await ok(send('post', path, as).send(body))).body.position;
}

const open = (reportId: string, taskForce: string, participants: string[], month: string) =>
  command('/reports', 'operator', {
    reportId,
    taskForce,
    operation: `Operation ${reportId.slice(0, 8)}`,
    period: { from: `2026-${month}-01T00:00:00Z`, to: `2026-${month}-28T23:59:59Z` },
    participants,
  });

beforeAll(async () => {
  await client.start(ACTORS, { HSTF_READ_WAIT_MS: '10000' });
  await ok(
    send('post', '/task-forces', 'operator').send({ state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }),
  );
  await ok(
    send('post', '/task-forces', 'operator').send({ state: 'AZ', dojCoLead: 'ATF', dhsCoLead: 'USCG' }),
  );
  for (const state of ['TX', 'AZ'])
    await ok(
      send('post', `/task-forces/${state}/members`, 'operator').send({
        agency: 'DEA',
        capabilities: ['law-enforcement'],
      }),
    );
  await open(sweep, 'TX', ['FBI', 'ICE-HSI'], '02');
  await open(corridor, 'TX', ['DEA'], '04');
  await open(desert, 'AZ', ['DEA', 'ATF'], '02');
  // The FBI and ICE-HSI report the same arrest A: one arrest, with both among its reporters.
  await command(`/reports/${sweep}/arrests`, 'fbi', {
    reportingAgency: 'FBI',
    arrests: [arrest(A), arrest(B, 'gang'), arrest(C)],
  });
  await command(`/reports/${sweep}/arrests`, 'ice', { reportingAgency: 'ICE-HSI', arrests: [arrest(A)] });
  await command(`/reports/${corridor}/arrests`, 'dea', {
    reportingAgency: 'DEA',
    arrests: [arrest(A), arrest(D)],
  });
  await command(`/reports/${corridor}/seizures`, 'dea', {
    reportingAgency: 'DEA',
    seizures: [{ incident: D, kind: 'drugs', drug: 'fentanyl', quantity: 2.5 }],
  });
  await command(`/reports/${desert}/arrests`, 'dea', { reportingAgency: 'DEA', arrests: [arrest(az(1))] });
  await command(`/reports/${desert}/arrests`, 'arizonan', {
    reportingAgency: 'ATF',
    arrests: [arrest(az(2))],
  });
  await command(`/reports/${sweep}/charges`, 'operator', { incidents: [A, B], charging: CASE });
  await command(`/reports/${sweep}/court-verifications`, 'operator', {
    incidents: [A],
    docket: DOCKET,
    outcome: 'convicted',
  });
  await command(`/reports/${sweep}/affiliation-findings`, 'operator', {
    incidents: [A],
    docket: { ...CASE, entry: 112 },
    finding: 'Jury special verdict: member of the enterprise (count 1)',
  });
  // C was reported in error: the revision takes it out of every tally.
  await command(`/reports/${sweep}/revisions`, 'operator', {
    reason: 'Incident 103 was a duplicate entry of a state arrest.',
    changes: { withdrawArrests: [C] },
  });
}, 90_000);

afterAll(() => client.close());

interface Source {
  incident: string;
  tier: string;
  reportedBy: string[];
  eventIds: string[];
  reports: string[];
  charging?: unknown;
  docket?: unknown;
  outcome?: string;
}

const read = async (path: string, as = 'supervisor') => {
  const separator = path.includes('?') ? '&' : '?';
  return (await ok(send('get', `${path}${separator}minPosition=${last}`, as))).body;
};
const incidentsOf = (body: { sources: { items: Source[] } }) => body.sources.items.map((s) => s.incident);
const sourceOf = (body: { sources: { items: Source[] } }, incident: string) =>
  body.sources.items.find((s) => s.incident === incident) as Source;

async function auditedEventIds(reportId: string): Promise<string[]> {
  const page = (await ok(send('get', `/audit/streams/report-${reportId}`, 'auditor'))).body;
  return page.events.map((event: { id: string }) => event.id);
}

describe('GET /tallies/national', () => {
  it('counts an arrest two agencies and two reports hold once, with every reporter, per tier', async () => {
    const body = await read('/tallies/national');
    expect(body).toMatchObject({
      scope: 'national',
      asOf: { position: expect.stringMatching(/^\d+$/) },
      incidents: 5,
      tiers: {
        reported: { arrests: 5, seizures: { drugsKg: { fentanyl: 2.5 }, firearms: 0 } },
        charged: { arrests: 2, seizures: { drugsKg: {} } },
        courtVerified: { arrests: 1 },
      },
      affiliations: {
        alleged: { cartel: 4, gang: 1, smuggling: 0, trafficking: 0 },
        proved: { cartel: 1, gang: 0 },
      },
      shareOfReported: { charged: 0.4, courtVerified: 0.2 },
    });
    expect(BigInt(body.asOf.position)).toBeGreaterThanOrEqual(BigInt(last));
    expect(incidentsOf(body)).toEqual([az(1), az(2), A, B, D]);
    expect(sourceOf(body, A)).toEqual({
      incident: A,
      tier: 'courtVerified',
      reportedBy: ['FBI', 'ICE-HSI', 'DEA'],
      reports: [sweep, corridor],
      eventIds: expect.any(Array),
      charging: CASE,
      docket: DOCKET,
      outcome: 'convicted',
    });
    expect(sourceOf(body, B)).toMatchObject({ tier: 'charged', reportedBy: ['FBI'], charging: CASE });
    expect(sourceOf(body, D)).toMatchObject({ tier: 'reported', reportedBy: ['DEA'], reports: [corridor] });
  });

  it('lists as sources the events the audit shows on the reports, each event that touched the incident', async () => {
    const body = await read('/tallies/national');
    const audited = new Set([...(await auditedEventIds(sweep)), ...(await auditedEventIds(corridor))]);
    const { eventIds } = sourceOf(body, A);
    // The FBI's and ICE-HSI's reports, the DEA's, the charge, the verification and the finding.
    expect(eventIds).toHaveLength(6);
    expect(new Set(eventIds).size).toBe(6);
    expect(eventIds.filter((id) => !audited.has(id))).toEqual([]);
    for (const incident of [B, D, az(1)]) expect(sourceOf(body, incident).eventIds.length).toBeGreaterThan(0);
  });

  it('keeps the tiers apart: a tier lists what reached it, the figures are never summed', async () => {
    const charged = await read('/tallies/national?tier=charged');
    expect(charged.sources.items.map((s: Source) => [s.incident, s.tier])).toEqual([
      [A, 'courtVerified'],
      [B, 'charged'],
    ]);
    expect(charged.tiers).toEqual((await read('/tallies/national')).tiers);
    const verified = await read('/tallies/national?tier=courtVerified');
    expect(incidentsOf(verified)).toEqual([A]);
    const reported = await read('/tallies/national?tier=reported');
    expect(incidentsOf(reported)).toHaveLength(5);
  });

  it('pages the sources by incident reference', async () => {
    const first = await read('/tallies/national?limit=2');
    expect(incidentsOf(first)).toEqual([az(1), az(2)]);
    expect(first.sources.next).toBe(az(2));
    const second = await read(`/tallies/national?limit=2&after=${first.sources.next}`);
    expect(incidentsOf(second)).toEqual([A, B]);
    const third = await read(`/tallies/national?limit=2&after=${second.sources.next}`);
    expect(third.sources).toEqual({ items: [expect.objectContaining({ incident: D })] });
  });

  it('is for the command center', async () => {
    const problem = await refused(() => send('get', '/tallies/national', 'fbi'), 403);
    expect(problem.detail).toBe('The national tally is for the command center.');
  });
});

describe('GET /tallies/states/:state and /tallies/agencies/:code', () => {
  it("counts a state's incidents in its tally, for the state's liaisons", async () => {
    const body = await read('/tallies/states/TX', 'fbi');
    expect(body).toMatchObject({
      scope: 'state:TX',
      incidents: 3,
      tiers: { reported: { arrests: 3 }, charged: { arrests: 2 }, courtVerified: { arrests: 1 } },
    });
    expect(incidentsOf(body)).toEqual([A, B, D]);
    expect(sourceOf(body, A).reports).toEqual([sweep, corridor]);
    const arizona = await read('/tallies/states/AZ', 'arizonan');
    expect(incidentsOf(arizona)).toEqual([az(1), az(2)]);
  });

  it("refuses another state's tally with 403, naming only the state asked", async () => {
    const problem = await refused(() => send('get', '/tallies/states/TX', 'arizonan'), 403);
    expect(problem.detail).toBe(
      'State TX is neither among the states of this token nor co-led by its agency.',
    );
    const text = JSON.stringify(problem);
    for (const hidden of [sweep, corridor, A, 'FBI']) expect(text).not.toContain(hidden);
    await refused(() => send('get', '/tallies/agencies/FBI', 'arizonan'), 403);
  });

  it("counts an agency's own incidents only, none of another state's", async () => {
    const ice = await read('/tallies/agencies/ICE-HSI', 'ice');
    expect(ice).toMatchObject({
      scope: 'agency:ICE-HSI',
      incidents: 1,
      tiers: { reported: { arrests: 1 }, charged: { arrests: 1 }, courtVerified: { arrests: 1 } },
    });
    expect(incidentsOf(ice)).toEqual([A]);
    expect(JSON.stringify(ice)).not.toContain('HSTF-AZ-');
    const fbi = await read('/tallies/agencies/FBI', 'fbi');
    expect(incidentsOf(fbi)).toEqual([A, B]);
    expect(fbi.tiers.reported.arrests).toBe(2);
  });

  it('shows an agency only the reports behind an incident it may read, though the incident counts once', async () => {
    const dea = await read('/tallies/agencies/DEA', 'dea');
    expect(incidentsOf(dea)).toEqual([az(1), A, D]);
    expect(dea.tiers.reported.arrests).toBe(3);
    // A is court-verified through the sweep, which the DEA does not take part in: it counts so, and the
    // sweep, its events and its reporters are not shown to the DEA.
    expect(sourceOf(dea, A)).toEqual({
      incident: A,
      tier: 'courtVerified',
      reportedBy: ['DEA'],
      reports: [corridor],
      eventIds: [expect.any(String)],
    });
    expect(JSON.stringify(dea)).not.toContain(sweep);
    const sweepEvents = new Set(await auditedEventIds(sweep));
    expect(sourceOf(dea, A).eventIds.filter((id) => sweepEvents.has(id))).toEqual([]);
    // The command center sees the same incident with all of it.
    const full = await read('/tallies/agencies/DEA');
    expect(sourceOf(full, A).reports).toEqual([sweep, corridor]);
  });

  it("refuses another agency's tally to a liaison", async () => {
    const problem = await refused(() => send('get', '/tallies/agencies/FBI', 'ice'), 403);
    expect(problem.detail).toBe("A liaison reads only its own agency's tally, not FBI's.");
  });
});

describe('GET /reports/press-summary', () => {
  it("labels each tier's figure, with the court records behind the charged and court-verified ones", async () => {
    const body = await read(
      '/reports/press-summary?state=TX&from=2026-02-01T00:00:00Z&to=2026-02-28T23:59:59Z',
      'fbi',
    );
    expect(body.reports.map((r: { reportId: string }) => r.reportId)).toEqual([sweep]);
    expect(body).toMatchObject({
      scope: 'state:TX',
      period: { from: '2026-02-01T00:00:00Z', to: '2026-02-28T23:59:59Z' },
      asOf: { position: expect.stringMatching(/^\d+$/) },
      figures: {
        reported: { tier: 'reported', arrests: 2, label: expect.stringContaining('Reported') },
        charged: { tier: 'charged', arrests: 2, chargingDocuments: [{ ...CASE, arrests: 2 }] },
        courtVerified: {
          tier: 'courtVerified',
          arrests: 1,
          dockets: [{ ...DOCKET, outcome: 'convicted', arrests: 1 }],
        },
      },
      affiliations: {
        alleged: {
          byKind: { cartel: 1, gang: 1 },
          label: expect.stringContaining('allegations, not findings'),
        },
        proved: { byKind: { cartel: 1 }, dockets: [{ ...CASE, entry: 112, arrests: 1 }] },
      },
    });
    expect(body.notice).toContain('never to be added together');
  });

  it('gives the national summary to the command center only', async () => {
    const body = await read('/reports/press-summary');
    expect(body.reports).toHaveLength(3);
    expect(body.figures.reported.arrests).toBe(5);
    await refused(() => send('get', '/reports/press-summary', 'fbi'), 403);
    await refused(() => send('get', '/reports/press-summary?state=TX', 'arizonan'), 403);
  });
});

describe('bad input', () => {
  const field = async (path: string, as = 'supervisor'): Promise<string[]> =>
    fieldsOf((await refused(() => send('get', path, as), 400)) as Problem);

  it('answers 400 naming the field for a bad tier, page or limit', async () => {
    expect(await field('/tallies/national?tier=alleged')).toEqual(['tier']);
    expect(await field('/tallies/national?limit=0')).toEqual(['limit']);
    expect(await field('/tallies/national?limit=1001')).toEqual(['limit']);
    expect(await field('/tallies/national?limit=ten&tier=all')).toEqual(['tier', 'limit']);
    expect(await field('/tallies/states/TX?after=TX')).toEqual(['after']);
    expect(await field('/tallies/agencies/FBI?tier=charged&tier=reported')).toEqual(['tier']);
    expect(await field('/tallies/national?minPosition=soon')).toEqual(['minPosition']);
  });

  it('answers 400 naming an unknown state, a malformed agency code and instants that are not ISO', async () => {
    expect(await field('/tallies/states/XX')).toEqual(['state']);
    expect(await field('/tallies/agencies/fbi')).toEqual(['code']);
    expect(await field('/reports/press-summary?state=ZZ')).toEqual(['state']);
    expect(await field('/reports/press-summary?from=yesterday&to=2026-02-30T00:00:00Z')).toEqual([
      'from',
      'to',
    ]);
    expect(await field('/reports/press-summary?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z')).toEqual([
      'to',
    ]);
  });
});
