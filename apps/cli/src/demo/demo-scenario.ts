import { ApiClient } from '../api-client';
import { REGISTERED_AGENCIES, TASK_FORCES } from './demo-data';

export type TokenFor = (role: string, agency?: string) => Promise<string>;

// Times count from midnight UTC of the day the demo runs, so a second run the same day sends the same
// bodies and every Idempotency-Key repeats its first answer instead of being refused as reused.
const today = new Date(new Date().toISOString().slice(0, 10)).getTime();
const days = (n: number): string => new Date(today + n * 86_400_000).toISOString();

/**
 * Loads the scenario through the API, every step with an Idempotency-Key derived from `run`: running the
 * demo twice with the same run name appends nothing the second time.
 */
export async function runDemo(api: ApiClient, tokenFor: TokenFor, run: string, log: (line: string) => void) {
  const key = (step: string) => `${run}:${step}`;
  const admin = await tokenFor('admin');
  const operator = await tokenFor('operator');
  const liaison = (agency: string) => tokenFor('liaison', agency);

  for (const agency of REGISTERED_AGENCIES)
    await api.post('/agencies', admin, agency, key(`agency:${agency.code}`));
  log(`registered ${REGISTERED_AGENCIES.length} state and local agencies`);

  for (const tf of TASK_FORCES) {
    const { state, dojCoLead, dhsCoLead } = tf;
    await api.post('/task-forces', operator, { state, dojCoLead, dhsCoLead }, key(`tf:${state}`));
    for (const member of tf.members)
      await api.post(`/task-forces/${state}/members`, operator, member, key(`tf:${state}:${member.agency}`));
    await api.put(
      `/task-forces/${state}/objectives`,
      operator,
      { objectives: tf.objectives },
      key(`tf:${state}:objectives`),
    );
  }
  log(`established ${TASK_FORCES.length} task forces with their members and objectives`);

  const surge = await api.post(
    '/directives',
    operator,
    {
      title: 'Winter surge against human-smuggling networks',
      body: 'Prioritise stash-house and transport-cell investigations along I-35, I-10 and I-19; report weekly.',
      priority: 'immediate',
      addressees: {
        states: ['TX', 'AZ', 'CA'],
        agencies: ['FBI', 'ICE-HSI', 'CBP', 'DEA', 'FAMS', 'AMTRAK-PD'],
      },
      authority: 'EO 14159 sec. 3(b)',
      effectiveAt: days(0),
      acknowledgeBy: days(2),
    },
    key('directive:surge'),
  );
  await api.post(`/directives/${surge.id}/acknowledgements`, await liaison('FBI'), {}, key('ack:surge:FBI'));
  await api.post(
    `/directives/${surge.id}/acknowledgements`,
    await liaison('CBP'),
    { note: 'Sectors briefed.' },
    key('ack:surge:CBP'),
  );
  await api.post(
    `/directives/${surge.id}/acknowledgements`,
    await liaison('ICE-HSI'),
    { addressee: { kind: 'state', code: 'TX' } },
    key('ack:surge:TX'),
  );
  const outreach = await api.post(
    '/directives',
    operator,
    {
      title: 'Trafficking awareness outreach with CCHT',
      body: 'Schedule seminars at high schools and colleges; coordinate QR reporting posters with Amtrak and FAMS.',
      priority: 'routine',
      addressees: { states: ['FL'], agencies: ['CCHT', 'DOL-OIG', 'AMTRAK-PD', 'FAMS'] },
      authority: 'EO 14159 sec. 2',
      effectiveAt: days(0),
      acknowledgeBy: days(7),
    },
    key('directive:outreach'),
  );
  await api.post(
    `/directives/${outreach.id}/acknowledgements`,
    await liaison('CCHT'),
    {},
    key('ack:outreach:CCHT'),
  );
  log('issued 2 directives to 3 + 4 state and agency addressees; 4 acknowledgements');

  const stash = await api.post(
    '/taskings',
    operator,
    {
      taskForce: 'TX',
      leadAgency: 'FBI',
      supportingAgencies: ['TX-DPS', 'CBP'],
      objective: 'human-smuggling',
      title: 'Disrupt stash houses along I-35',
      instructions: 'Identify and search stash locations in Laredo and San Antonio.',
      directiveId: surge.id,
      dueAt: days(30),
    },
    key('tasking:stash'),
  );
  await api.post(`/taskings/${stash.id}/acceptance`, await liaison('FBI'), {}, key('tasking:stash:accept'));
  await api.post(
    `/taskings/${stash.id}/progress-reports`,
    await liaison('TX-DPS'),
    { summary: '3 locations identified; 1 searched.', percentComplete: 40 },
    key('tasking:stash:progress'),
  );

  const corridor = await api.post(
    '/taskings',
    operator,
    {
      taskForce: 'AZ',
      leadAgency: 'DEA',
      supportingAgencies: ['AZ-DPS'],
      objective: 'cartels',
      title: 'Map fentanyl transport cells on I-19',
      instructions: 'Joint surveillance with AZ-DPS; report weekly.',
      directiveId: surge.id,
      dueAt: days(21),
    },
    key('tasking:corridor'),
  );
  await api.post(
    `/taskings/${corridor.id}/acceptance`,
    await liaison('DEA'),
    {},
    key('tasking:corridor:accept'),
  );
  await api.post(
    `/taskings/${corridor.id}/progress-reports`,
    await liaison('DEA'),
    { summary: 'Two cells mapped.', percentComplete: 100 },
    key('tasking:corridor:progress'),
  );
  await api.post(
    `/taskings/${corridor.id}/completion`,
    await liaison('DEA'),
    { outcome: 'Two transport cells mapped; case referred to USAO.' },
    key('tasking:corridor:complete'),
  );

  const port = await api.post(
    '/taskings',
    operator,
    {
      taskForce: 'FL',
      leadAgency: 'USCG',
      supportingAgencies: ['FBI'],
      objective: 'human-trafficking',
      title: 'Screen inbound vessels at Port Everglades',
      instructions: 'Coordinate boardings with FBI.',
      dueAt: days(14),
    },
    key('tasking:port'),
  );
  await api.post(
    `/taskings/${port.id}/declination`,
    await liaison('USCG'),
    { reason: 'Cutters committed to the Florida Straits.' },
    key('tasking:port:decline'),
  );
  await api.post(
    `/taskings/${port.id}/reassignment`,
    operator,
    { leadAgency: 'FBI', supportingAgencies: ['FL-FHP'], reason: 'USCG declined; FBI leads.' },
    key('tasking:port:reassign'),
  );

  await api.post(
    '/taskings',
    operator,
    {
      taskForce: 'IL',
      leadAgency: 'ATF',
      supportingAgencies: ['IL-CPD'],
      objective: 'firearms-trafficking',
      title: 'Trace straw purchases feeding Chicago gangs',
      instructions: 'eTrace review of recovered firearms.',
      dueAt: days(45),
    },
    key('tasking:trace'),
  );
  log('assigned 4 taskings: in progress, completed, declined and reassigned, awaiting acceptance');

  const pledges = [
    {
      agency: 'FBI',
      taskForce: 'TX',
      kind: 'personnel',
      quantity: 12,
      unit: 'agents',
      appropriation: 'available',
      delivered: [8],
    },
    {
      agency: 'CBP',
      taskForce: 'AZ',
      kind: 'equipment',
      quantity: 4,
      unit: 'vehicles',
      appropriation: 'pending',
      delivered: [1],
    },
    {
      agency: 'DOL-OIG',
      taskForce: 'FL',
      kind: 'intelligence',
      quantity: 200,
      unit: 'analyst-hours',
      appropriation: 'unfunded',
      delivered: [],
    },
    {
      agency: 'FAMS',
      taskForce: 'CA',
      kind: 'operational-support',
      quantity: 6,
      unit: 'air marshals',
      appropriation: 'available',
      delivered: [4, 2],
    },
  ] as const;
  for (const { delivered, ...pledge } of pledges) {
    const token = await liaison(pledge.agency);
    const body = { ...pledge, period: { from: days(0), to: days(90) } };
    const commitment = await api.post('/commitments', token, body, key(`pledge:${pledge.agency}`));
    for (const [i, quantity] of delivered.entries()) {
      await api.post(
        `/commitments/${commitment.id}/deliveries`,
        token,
        { quantity, deliveredAt: days(0) },
        key(`delivery:${pledge.agency}:${i}`),
      );
    }
  }
  log(`pledged support from ${pledges.length} agencies with partial deliveries`);

  const sweep = await reportOperation(api, operator, liaison, key);
  log(
    'reported Operation Lone Star Sweep: 4 arrests (one reported by two agencies), seizures, 3 charged, 2 court-verified',
  );
  await referSurvivors(api, liaison, key, sweep);
  log('referred 3 survivors by case reference: to CCHT victim services, DOJ remission, DOL-OIG restitution');
  await forfeitBackpageAssets(api, liaison, key);
  log('forfeited assets into the remission pool; two petitions, one granted and paid, one denied');
  await reachOut(api, operator, liaison, key);
  log('held a CCHT seminar at a college; a QR campaign at Amtrak stations whose tip became a tasking');
}

/**
 * An operation of the Texas task force as the tiers see it: the FBI and the Texas DPS both report the
 * arrest of incident 101, which counts once; the DEA reports the seizures; a federal indictment charges
 * three of the four arrests and the docket verifies two of them. References are of this year's cases.
 */
async function reportOperation(
  api: ApiClient,
  operator: string,
  liaison: (agency: string) => Promise<string>,
  key: (step: string) => string,
): Promise<string> {
  const year = new Date(today).getUTCFullYear();
  const incident = (n: number) => `HSTF-TX-${year}-${String(n).padStart(6, '0')}`;
  const indictment = { court: 'txsd', caseNumber: `4:${String(year % 100).padStart(2, '0')}-cr-00123` };
  const cartel = { kind: 'cartel', name: 'Cartel del Noreste' };
  const report = await api.post(
    '/reports',
    operator,
    {
      taskForce: 'TX',
      operation: 'Operation Lone Star Sweep',
      period: { from: days(-30), to: days(-1) },
      participants: ['FBI', 'DEA', 'TX-DPS'],
    },
    key('report:sweep'),
  );
  const reports = `/reports/${report.id}`;
  await api.post(
    `${reports}/arrests`,
    await liaison('FBI'),
    {
      reportingAgency: 'FBI',
      arrests: [
        { incident: incident(101), affiliation: cartel, evidence: ['intelligence', 'communications'] },
        { incident: incident(102), affiliation: cartel, evidence: ['financial'] },
        {
          incident: incident(103),
          affiliation: { kind: 'gang', name: 'Tango Blast' },
          evidence: ['witness-statements'],
        },
      ],
    },
    key('report:sweep:arrests:FBI'),
  );
  await api.post(
    `${reports}/arrests`,
    await liaison('TX-DPS'),
    {
      reportingAgency: 'TX-DPS',
      arrests: [
        { incident: incident(101), affiliation: cartel, evidence: ['court-validated-records'] },
        { incident: incident(104), affiliation: { kind: 'smuggling' }, evidence: ['forensic'] },
      ],
    },
    key('report:sweep:arrests:TX-DPS'),
  );
  await api.post(
    `${reports}/seizures`,
    await liaison('DEA'),
    {
      reportingAgency: 'DEA',
      seizures: [
        { incident: incident(101), kind: 'drugs', drug: 'fentanyl', quantity: 4.2 },
        { incident: incident(102), kind: 'firearms', quantity: 3 },
        { incident: incident(104), kind: 'currency', quantity: 48500 },
      ],
    },
    key('report:sweep:seizures'),
  );
  await api.post(
    `${reports}/charges`,
    operator,
    { incidents: [incident(101), incident(102), incident(104)], charging: indictment },
    key('report:sweep:charges'),
  );
  await api.post(
    `${reports}/court-verifications`,
    operator,
    { incidents: [incident(101), incident(102)], docket: { ...indictment, entry: 57 }, outcome: 'indicted' },
    key('report:sweep:verification'),
  );
  return report.id;
}

/**
 * Survivors of the operation referred through each channel, by case reference only: to CCHT's victim
 * services (accepted and in progress), to DOJ's remission of forfeited assets, to DOL-OIG's restitution.
 */
async function referSurvivors(
  api: ApiClient,
  liaison: (agency: string) => Promise<string>,
  key: (step: string) => string,
  reportId: string,
): Promise<void> {
  const year = new Date(today).getUTCFullYear();
  const refer = (n: number, referringAgency: string, channel: string, receivingAgency: string) =>
    liaison(referringAgency).then((token) =>
      api.post(
        '/referrals',
        token,
        {
          caseReference: `HSTF-TX-${year}-REF-${String(n).padStart(4, '0')}`,
          channel,
          referringAgency,
          receivingAgency,
          taskForce: 'TX',
          reportId,
          note: 'Referred after Operation Lone Star Sweep; interpreter needed.',
        },
        key(`referral:${n}`),
      ),
    );
  const services = await refer(1, 'FBI', 'victim-services', 'CCHT');
  const ccht = await liaison('CCHT');
  await api.post(`/referrals/${services.id}/acceptance`, ccht, {}, key('referral:1:accept'));
  await api.post(
    `/referrals/${services.id}/start`,
    ccht,
    { note: 'Shelter intake booked.' },
    key('referral:1:start'),
  );
  await refer(2, 'ICE-HSI', 'remission', 'DOJ-MLARS');
  const restitution = await refer(3, 'CBP', 'restitution', 'DOL-OIG');
  await api.post(
    `/referrals/${restitution.id}/acceptance`,
    await liaison('DOL-OIG'),
    {},
    key('referral:3:accept'),
  );
}

/**
 * A forfeiture of Backpage-like assets in Arizona's federal court, by reference only: seized, forfeited
 * in part, placed in the remission pool; two survivors' petitions filed by CCHT, one granted and paid,
 * one denied. Each tier stays its own figure.
 */
async function forfeitBackpageAssets(
  api: ApiClient,
  liaison: (agency: string) => Promise<string>,
  key: (step: string) => string,
): Promise<void> {
  const fbi = await liaison('FBI');
  const mlars = await liaison('DOJ-MLARS');
  const ccht = await liaison('CCHT');
  const action = await api.post(
    '/forfeitures',
    fbi,
    {
      caseReference: 'CR-18-00422-PHX-DJH',
      court: 'azd',
      taskForce: 'AZ',
      seizingAgency: 'FBI',
      assets: [
        { kind: 'financial-account', value: 1_250_000.5, description: 'Funds in a business account' },
        { kind: 'real-property', value: 750_000 },
      ],
    },
    key('forfeiture'),
  );
  const at = `/forfeitures/${action.id}`;
  await api.post(
    `${at}/order`,
    fbi,
    { orderReference: 'ECF-2044', amountForfeited: 1_800_000 },
    key('forfeiture:order'),
  );
  await api.post(
    `${at}/pool-placements`,
    mlars,
    { placementReference: 'AFF-2026-000731', amount: 1_000_000 },
    key('forfeiture:pool'),
  );
  for (const n of [1, 2]) {
    const petition = `REM-BP-2026-00012${n}`;
    await api.post(`${at}/petitions`, ccht, { petitionReference: petition }, key(`petition:${n}`));
    await api.post(`${at}/petitions/${petition}/review`, mlars, {}, key(`petition:${n}:review`));
  }
  await api.post(
    `${at}/petitions/REM-BP-2026-000121/grant`,
    mlars,
    { amount: 25_000 },
    key('petition:1:grant'),
  );
  await api.post(
    `${at}/petitions/REM-BP-2026-000121/payment`,
    mlars,
    { paymentReference: 'TREAS-2026-004417' },
    key('petition:1:pay'),
  );
  await api.post(
    `${at}/petitions/REM-BP-2026-000122/denial`,
    mlars,
    { reason: 'The loss claimed is not shown to result from the offense.' },
    key('petition:2:deny'),
  );
}

const second = (instant: string, n: number): string => new Date(Date.parse(instant) + n * 1000).toISOString();

/**
 * CCHT's seminar at a college, and a QR-poster campaign with Amtrak police and FAMS at Texas stations: one
 * of its tips becomes a tasking. The counts and the tip are dated from the campaign's launch, as read
 * back, so that a second run sends the same bodies.
 */
async function reachOut(
  api: ApiClient,
  operator: string,
  liaison: (agency: string) => Promise<string>,
  key: (step: string) => string,
): Promise<void> {
  const ccht = await liaison('CCHT');
  const amtrak = await liaison('AMTRAK-PD');
  await api.post(
    '/outreach/seminars',
    ccht,
    {
      taskForce: 'TX',
      format: 'seminar',
      audience: 'colleges',
      venue: 'TX-COL-AUSTIN-01',
      heldAt: days(-3),
      attendance: { attendees: 180, frontLineStaff: 12 },
    },
    key('seminar:college'),
  );
  const campaign = await api.post(
    '/outreach/campaigns',
    operator,
    { taskForce: 'TX', name: 'Texas Eagle stations QR posters', partners: ['AMTRAK-PD', 'FAMS'] },
    key('campaign:stations'),
  );
  const at = `/outreach/campaigns/${campaign.id}`;
  const stations = ['AMTRAK-STN-AUS-1', 'AMTRAK-STN-SAS-1', 'AMTRAK-STN-DAL-1'];
  await api.post(
    `${at}/posters`,
    amtrak,
    {
      agency: 'AMTRAK-PD',
      placements: stations.map((reference) => ({ placement: 'station', reference, posters: 25 })),
    },
    key('campaign:posters'),
  );
  const { state } = await api.get<{ state: { launchedAt: string } }>(`/outreach/${campaign.id}`, operator);
  // The scans and the tip come a moment after the launch: dated then, they are in the past by now.
  const wait = Date.parse(second(state.launchedAt, 2)) - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  await api.post(
    `${at}/scans`,
    amtrak,
    {
      agency: 'AMTRAK-PD',
      period: { from: state.launchedAt, to: second(state.launchedAt, 1) },
      scans: stations.map((reference, i) => ({ placement: 'station', reference, scans: 40 + i * 15 })),
    },
    key('campaign:scans'),
  );
  const year = new Date(today).getUTCFullYear();
  const tip = `TIP-TX-${year}-000001`;
  await api.post(
    `${at}/tips`,
    ccht,
    {
      tip,
      channel: 'qr-poster',
      receivedAt: second(state.launchedAt, 1),
      poster: { placement: 'station', reference: stations[1] },
    },
    key('campaign:tip'),
  );
  await api.post(`${at}/tips/${tip}/triage`, ccht, { priority: 'urgent' }, key('campaign:tip:triage'));
  const tasking = await api.post(
    '/taskings',
    operator,
    {
      taskForce: 'TX',
      leadAgency: 'FBI',
      supportingAgencies: ['TX-DPS'],
      objective: 'human-smuggling',
      title: 'Follow up the San Antonio station tip',
      instructions: 'Identify the reported location and coordinate with Amtrak police.',
      dueAt: days(10),
    },
    key('tasking:tip'),
  );
  await api.post(`${at}/tips/${tip}/link`, ccht, { taskingId: tasking.id }, key('campaign:tip:link'));
}
