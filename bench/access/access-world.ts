import { LocalKey, mintToken, Role } from '@hstf/auth';
import { randomUUID } from 'node:crypto';
import { ApiClient } from '../../apps/cli/src/api-client';

/**
 * The world the access matrix reads: two task forces (Texas co-led by the FBI and ICE-HSI with CBP and
 * USMS as members; Arizona co-led by the DEA and the USCG with the ATF), directives to a state, to an
 * agency alone and one amended to add an agency, taskings with a decline, a reassignment and progress
 * reports, support pledged with notes, and an operation's report per state. Every text carries a marker: an operator's text marks the
 * aggregate it belongs to, an agency's text marks the agency that wrote it, so that a body can be searched
 * for words its reader may not read.
 */

/** Who reads, by the name the matrix reports: the command center and liaisons of every relation to the data. */
export interface MatrixActor {
  readonly name: string;
  readonly roles: readonly Role[];
  readonly agency?: string;
  readonly states: readonly string[];
}

export const COMMAND_CENTER_ACTORS: readonly MatrixActor[] = (
  ['operator', 'supervisor', 'auditor', 'admin'] as const
).map((role) => ({ name: role, roles: [role], states: [] }));

// Each liaison stands in a different relation to the data: co-lead with and without the state in its
// token, member with its state or with none, a member whose token names the other state, a liaison of an
// uninvolved agency inside the state, and one of another state altogether.
export const LIAISON_ACTORS: readonly MatrixActor[] = [
  { name: 'FBI@TX (TX co-lead)', roles: ['liaison'], agency: 'FBI', states: ['TX'] },
  { name: 'ICE-HSI (TX co-lead, no states)', roles: ['liaison'], agency: 'ICE-HSI', states: [] },
  { name: 'CBP@TX (TX member)', roles: ['liaison'], agency: 'CBP', states: ['TX'] },
  { name: 'CBP (no states)', roles: ['liaison'], agency: 'CBP', states: [] },
  { name: 'USMS@AZ (TX member, other state)', roles: ['liaison'], agency: 'USMS', states: ['AZ'] },
  { name: 'DEA@AZ (AZ co-lead)', roles: ['liaison'], agency: 'DEA', states: ['AZ'] },
  { name: 'USCG (AZ co-lead, no states)', roles: ['liaison'], agency: 'USCG', states: [] },
  { name: 'ATF (AZ member, no states)', roles: ['liaison'], agency: 'ATF', states: [] },
  { name: 'TSA@TX (own state, no part)', roles: ['liaison'], agency: 'TSA', states: ['TX'] },
  { name: 'ICE-ERO@FL (other state)', roles: ['liaison'], agency: 'ICE-ERO', states: ['FL'] },
  { name: 'USSS (no states, no part)', roles: ['liaison'], agency: 'USSS', states: [] },
  // On every referral, whoever makes it: reads victims' records that no state's reader does.
  { name: 'CCHT (on every referral)', roles: ['liaison'], agency: 'CCHT', states: [] },
];

/** The full run adds liaisons whose tokens name both states, or a state and a co-led one. */
export const MORE_LIAISON_ACTORS: readonly MatrixActor[] = [
  { name: 'ATF@TX+AZ', roles: ['liaison'], agency: 'ATF', states: ['TX', 'AZ'] },
  { name: 'ICE-HSI@AZ (TX co-lead, AZ in token)', roles: ['liaison'], agency: 'ICE-HSI', states: ['AZ'] },
  { name: 'USCG@TX (AZ co-lead, TX in token)', roles: ['liaison'], agency: 'USCG', states: ['TX'] },
  { name: 'DEA (AZ co-lead, no states)', roles: ['liaison'], agency: 'DEA', states: [] },
];

export const WORLD_STATES = ['TX', 'AZ', 'FL'] as const;

/** A text planted in the world, and whose it is. */
export interface Marker {
  readonly marker: string;
  /** The agency that wrote it (field-level need-to-know), or the aggregate whose text it is. */
  readonly author: { readonly agency: string } | { readonly streamId: string };
}

export interface World {
  /** Aggregate ids by kind, as the API's paths take them. */
  readonly directives: readonly string[];
  readonly taskings: readonly string[];
  readonly commitments: readonly string[];
  readonly reports: readonly string[];
  /** Victims' records: restricted to their agencies, CCHT, supervisors and auditors. */
  readonly referrals: readonly string[];
  readonly forfeitures: readonly string[];
  /** Seminars and campaigns. */
  readonly outreach: readonly string[];
  readonly markers: readonly Marker[];
  /** Every agency the world or its readers name: the agency inboxes and feeds the matrix opens. */
  readonly agencies: readonly string[];
  /** The last position written: every read model is waited for up to it. */
  readonly position: string;
  /** The last directive, addressed to every state and agency of the world: the last item of each feed. */
  readonly sentinel: string;
  /** The last referral: the last item of the supervision feed, which carries only victims' records. */
  readonly restrictedSentinel: string;
}

export const tokenOf = (key: LocalKey, actor: MatrixActor): Promise<string> =>
  mintToken(key, {
    sub: `matrix:${actor.name.split(' ')[0]}`,
    roles: [...actor.roles],
    agency: actor.agency,
    states: [...actor.states],
  });

const DAY_MS = 86_400_000;
// Far from now, so that no acknowledgement falls overdue while the matrix reads (the deadline actor would
// write events after the world is built).
const at = (days: number): string => new Date(Date.UTC(2030, 0, 1) + days * DAY_MS).toISOString();

/**
 * Builds the world through the API, `rounds` times over (the full run reads a bigger one); markers carry
 * the round, so every text is unique in the store.
 */
export async function buildWorld(url: string, key: LocalKey, rounds = 1): Promise<World> {
  const api = new ApiClient(url);
  const operator = await mintToken(key, { sub: 'matrix:operator', roles: ['operator'], states: [] });
  const liaisons = new Map<string, string>();
  const liaison = async (agency: string) => {
    if (!liaisons.has(agency))
      liaisons.set(
        agency,
        await mintToken(key, { sub: `matrix:${agency}`, roles: ['liaison'], agency, states: [] }),
      );
    return liaisons.get(agency) as string;
  };
  const markers: Marker[] = [];
  const directives: string[] = [];
  const taskings: string[] = [];
  const commitments: string[] = [];
  const reports: string[] = [];
  const referrals: string[] = [];
  const forfeitures: string[] = [];
  const outreach: string[] = [];
  let position = '0';
  const by = async (token: Promise<string> | string, path: string, body: object, put = false) => {
    const answer = put ? await api.put(path, await token, body) : await api.post(path, await token, body);
    position = answer.position;
    return answer;
  };
  // An agency's words, marked as its own.
  const said = (agency: string, what: string) => {
    const marker = `QX-${agency}-${what}-QX`;
    markers.push({ marker, author: { agency } });
    return `${marker} (sensitive)`;
  };
  // An operator's words, marked as the aggregate's (title, body, instructions, reasons).
  const text = (streamId: string, what: string) => {
    const marker = `QX-${streamId}-${what}-QX`;
    markers.push({ marker, author: { streamId } });
    return marker;
  };
  const directive = async (name: string, states: string[], agencies: string[]) => {
    // The id is chosen here, so that the stream id can be marked in the text before the directive exists.
    const directiveId = randomUUID();
    const streamId = `directive-${directiveId}`;
    await by(operator, '/directives', {
      directiveId,
      title: `${name} ${text(streamId, 'title')}`,
      body: `Coordinate and report. ${text(streamId, 'body')}`,
      priority: 'priority',
      addressees: { states, agencies },
      authority: 'EO 14159 sec. 3(b)',
      effectiveAt: at(0),
      acknowledgeBy: at(3),
    });
    directives.push(directiveId);
    return { directiveId, streamId };
  };
  const tasking = async (
    name: string,
    taskForce: string,
    leadAgency: string,
    supportingAgencies: string[],
  ) => {
    const taskingId = randomUUID();
    const streamId = `tasking-${taskingId}`;
    await by(operator, '/taskings', {
      taskingId,
      taskForce,
      leadAgency,
      supportingAgencies,
      objective: 'cartels',
      title: `${name} ${text(streamId, 'title')}`,
      instructions: `Work it. ${text(streamId, 'instructions')}`,
      dueAt: at(30),
    });
    taskings.push(taskingId);
    return taskingId;
  };
  const pledge = async (agency: string, taskForce: string, round: number) => {
    const commitment = await by(liaison(agency), '/commitments', {
      agency,
      taskForce,
      kind: 'personnel',
      quantity: 10,
      unit: 'agents',
      appropriation: 'available',
      period: { from: new Date(Date.now() - DAY_MS).toISOString(), to: at(90) },
      note: said(agency, `pledge${round}`),
    });
    await by(liaison(agency), `/commitments/${commitment.id}/deliveries`, {
      quantity: 4,
      // A delivery is recorded once made: dated just now.
      deliveredAt: new Date(Date.now() - 1000).toISOString(),
      note: said(agency, `delivery${round}`),
    });
    commitments.push(commitment.id);
  };

  // One operation per state and round: its participants report arrests, one of them reported by both, and
  // seizures; one arrest is charged and a mistaken one withdrawn by a revision whose reason is marked.
  const operation = async (state: string, participants: [string, string], round: number) => {
    const reportId = randomUUID();
    const streamId = `report-${reportId}`;
    await by(operator, '/reports', {
      reportId,
      taskForce: state,
      operation: `Operation ${round} ${text(streamId, 'operation')}`,
      period: { from: at(-30), to: at(-1) },
      participants,
    });
    const incident = (n: number) => `HSTF-${state}-2029-${String(round * 10 + n).padStart(6, '0')}`;
    const arrest = (n: number) => ({
      incident: incident(n),
      affiliation: { kind: 'cartel' },
      evidence: ['intelligence'],
    });
    const [first, second] = participants;
    await by(liaison(first), `/reports/${reportId}/arrests`, {
      reportingAgency: first,
      arrests: [arrest(1), arrest(2)],
    });
    await by(liaison(second), `/reports/${reportId}/arrests`, {
      reportingAgency: second,
      arrests: [arrest(1), arrest(3)],
    });
    await by(liaison(second), `/reports/${reportId}/seizures`, {
      reportingAgency: second,
      seizures: [{ incident: incident(1), kind: 'firearms', quantity: 2 }],
    });
    await by(liaison(first), `/reports/${reportId}/charges`, {
      incidents: [incident(1)],
      charging: { court: 'txsd', caseNumber: `4:29-cr-${String(round).padStart(5, '0')}` },
    });
    await by(operator, `/reports/${reportId}/revisions`, {
      reason: `Duplicate booking. ${text(streamId, 'revision')}`,
      changes: { withdrawArrests: [incident(3)] },
    });
    reports.push(reportId);
  };

  // A victim's record, with a marked note: the note is the referral's, for every agency on it (the
  // receiving agency takes the case on from it), and, like the referral, for no one else.
  const referral = async (
    referringAgency: string,
    channel: string,
    receivingAgency: string,
    taskForce: string,
  ) => {
    const referralId = randomUUID();
    await by(liaison(referringAgency), '/referrals', {
      referralId,
      caseReference: `CASE-${referrals.length + 1}-2029`,
      channel,
      referringAgency,
      receivingAgency,
      taskForce,
      note: `Intake requested. ${text(`referral-${referralId}`, 'note')}`,
    });
    referrals.push(referralId);
    return referralId;
  };

  await by(operator, '/task-forces', { state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' });
  await by(operator, '/task-forces', { state: 'AZ', dojCoLead: 'DEA', dhsCoLead: 'USCG' });
  for (const [state, agency] of [
    ['TX', 'CBP'],
    ['TX', 'USMS'],
    ['AZ', 'ATF'],
  ])
    await by(operator, `/task-forces/${state}/members`, { agency, capabilities: ['law-enforcement'] });

  for (let round = 1; round <= rounds; round++) {
    const toTexas = await directive(`Surge on I-35 (${round})`, ['TX'], ['CBP']);
    await by(liaison('CBP'), `/directives/${toTexas.directiveId}/acknowledgements`, {
      note: said('CBP', `ack-tx${round}`),
    });
    // ICE-HSI acknowledges for the state it co-leads.
    await by(liaison('ICE-HSI'), `/directives/${toTexas.directiveId}/acknowledgements`, {
      addressee: { kind: 'state', code: 'TX' },
      note: said('ICE-HSI', `ack-tx${round}`),
    });
    // Stays unacknowledged, so that the Texas board lists it as awaiting the FBI.
    await directive(`FBI eyes only (${round})`, [], ['FBI']);
    const toArizona = await directive(`Corridor I-19 (${round})`, ['AZ'], []);
    await by(liaison('DEA'), `/directives/${toArizona.directiveId}/acknowledgements`, {
      addressee: { kind: 'state', code: 'AZ' },
      note: said('DEA', `ack-az${round}`),
    });
    // Addressed to the DEA alone, then amended to add CBP, which acknowledges it.
    const amended = await directive(`Informant handling (${round})`, [], ['DEA']);
    await by(liaison('DEA'), `/directives/${amended.directiveId}/acknowledgements`, {
      note: said('DEA', `ack-amended${round}`),
    });
    await by(operator, `/directives/${amended.directiveId}/amendments`, {
      addressees: { states: [], agencies: ['CBP'] },
      reason: `CBP holds the border records. ${text(amended.streamId, 'reason')}`,
    });
    await by(liaison('CBP'), `/directives/${amended.directiveId}/acknowledgements`, {
      note: said('CBP', `ack-amended${round}`),
    });
    const acrossStates = await directive(`Fugitive sweep (${round})`, [], ['USMS', 'ATF']);
    await by(liaison('ATF'), `/directives/${acrossStates.directiveId}/acknowledgements`, {
      note: said('ATF', `ack-sweep${round}`),
    });

    const stash = await tasking(`Stash houses (${round})`, 'TX', 'FBI', ['CBP']);
    await by(liaison('FBI'), `/taskings/${stash}/acceptance`, {});
    await by(liaison('FBI'), `/taskings/${stash}/progress-reports`, {
      summary: said('FBI', `progress${round}`),
      percentComplete: 30,
    });
    await by(liaison('CBP'), `/taskings/${stash}/progress-reports`, {
      summary: said('CBP', `progress${round}`),
      percentComplete: 40,
    });
    const declined = await tasking(`Rail freight (${round})`, 'TX', 'CBP', ['USMS']);
    await by(liaison('CBP'), `/taskings/${declined}/declination`, { reason: said('CBP', `decline${round}`) });
    // Declined by USMS, then reassigned to the FBI, which accepts: USMS is out of its scope after that.
    const reassigned = await tasking(`Fugitive warrants (${round})`, 'TX', 'USMS', []);
    await by(liaison('USMS'), `/taskings/${reassigned}/declination`, {
      reason: said('USMS', `decline${round}`),
    });
    await by(operator, `/taskings/${reassigned}/reassignment`, {
      leadAgency: 'FBI',
      supportingAgencies: [],
      reason: `USMS declined. ${text(`tasking-${reassigned}`, 'reassign')}`,
    });
    await by(liaison('FBI'), `/taskings/${reassigned}/acceptance`, {});
    const corridor = await tasking(`Transport cells (${round})`, 'AZ', 'DEA', ['ATF']);
    await by(liaison('DEA'), `/taskings/${corridor}/acceptance`, {});
    await by(liaison('DEA'), `/taskings/${corridor}/progress-reports`, {
      summary: said('DEA', `progress${round}`),
      percentComplete: 50,
    });

    await pledge('FBI', 'TX', round);
    await pledge('CBP', 'TX', round);
    await pledge('ATF', 'AZ', round);

    await operation('TX', ['FBI', 'CBP'], round);
    await operation('AZ', ['DEA', 'ATF'], round);

    const toCcht = await referral('FBI', 'victim-services', 'CCHT', 'TX');
    await by(liaison('CCHT'), `/referrals/${toCcht}/acceptance`, {
      note: `Intake booked. ${text(`referral-${toCcht}`, `accept${round}`)}`,
    });
    await referral('DEA', 'remission', 'DOJ-MLARS', 'AZ');

    // A forfeiture in Texas, a victim's record of the FBI, DOJ-MLARS and CCHT, with money in the pool and
    // a petition filed; an asset's description is marked as the forfeiture's text.
    const forfeitureId = randomUUID();
    await by(liaison('FBI'), '/forfeitures', {
      forfeitureId,
      caseReference: `CR-29-00${round}17-SA`,
      court: 'txwd',
      taskForce: 'TX',
      seizingAgency: 'FBI',
      assets: [
        {
          kind: 'currency',
          value: 100_000,
          description: `Cash. ${text(`forfeiture-${forfeitureId}`, 'asset')}`,
        },
      ],
    });
    await by(liaison('FBI'), `/forfeitures/${forfeitureId}/order`, {
      orderReference: `ECF-${round}0`,
      amountForfeited: 90_000,
    });
    await by(liaison('DOJ-MLARS'), `/forfeitures/${forfeitureId}/pool-placements`, {
      placementReference: `AFF-2029-00${round}1`,
      amount: 50_000,
    });
    await by(liaison('CCHT'), `/forfeitures/${forfeitureId}/petitions`, {
      petitionReference: `REM-2029-00${round}1`,
    });
    forfeitures.push(forfeitureId);

    // CCHT's seminar in Arizona and a QR campaign in Texas with Amtrak police and FAMS.
    const seminarId = randomUUID();
    await by(liaison('CCHT'), '/outreach/seminars', {
      outreachId: seminarId,
      taskForce: 'AZ',
      format: 'seminar',
      audience: 'colleges',
      venue: `AZ-COL-${round}01`,
      heldAt: new Date(Date.now() - DAY_MS).toISOString(),
      attendance: { attendees: 80, frontLineStaff: 5 },
    });
    const campaignId = randomUUID();
    await by(operator, '/outreach/campaigns', {
      outreachId: campaignId,
      taskForce: 'TX',
      name: `Stations ${round} ${text(`outreach-${campaignId}`, 'name')}`,
      partners: ['AMTRAK-PD', 'FAMS'],
    });
    await by(liaison('AMTRAK-PD'), `/outreach/campaigns/${campaignId}/posters`, {
      agency: 'AMTRAK-PD',
      placements: [{ placement: 'station', reference: `AMTRAK-STN-${round}1`, posters: 20 }],
    });
    outreach.push(seminarId, campaignId);
  }
  const restrictedSentinel = await referral('CBP', 'restitution', 'DOL-OIG', 'TX');
  const agencies = [
    ...new Set([...LIAISON_ACTORS, ...MORE_LIAISON_ACTORS].map((actor) => actor.agency as string)),
  ].sort();
  // Last, addressed to every state and agency of the world: the last item of every feed the matrix opens,
  // so that a feed read up to it has shown everything before it (feeds are in position order).
  const sentinel = await directive('Sentinel for every audience', [...WORLD_STATES], agencies);
  return {
    directives,
    taskings,
    commitments,
    reports,
    referrals,
    forfeitures,
    outreach,
    markers,
    agencies,
    position,
    sentinel: sentinel.directiveId,
    restrictedSentinel,
  };
}
