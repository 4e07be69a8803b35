import { randomUUID } from 'node:crypto';
import {
  agencyDecider,
  agencyStreamId,
  coLeadAgencies,
  commitmentDecider,
  commitmentStreamId,
  directiveDecider,
  directiveStreamId,
  memberAgencies,
  taskForceDecider,
  taskForceStreamId,
  taskingDecider,
  taskingStreamId,
} from '@hstf/domain';
import { ScenarioWriter } from './scenario-writer';

/** The moment queries are asked at in these suites: after every deadline of the story, before expiries. */
export const QUERY_TIME = new Date('2026-12-10T12:00:00.000Z');

const members = (w: ScenarioWriter, state: string) =>
  memberAgencies(w.state(taskForceDecider, taskForceStreamId(state)));
const coLeads = (w: ScenarioWriter, state: string) =>
  coLeadAgencies(w.state(taskForceDecider, taskForceStreamId(state)));

async function taskForce(w: ScenarioWriter, state: string, doj: string, dhs: string, joining: string[]) {
  const stream = taskForceStreamId(state);
  await w.run(taskForceDecider, stream, {
    type: 'EstablishTaskForce',
    data: { state, dojCoLead: doj, dhsCoLead: dhs },
    meta: w.meta(),
  });
  for (const agency of joining) {
    await w.run(taskForceDecider, stream, {
      type: 'EnrollMemberAgency',
      data: { state, agency, capabilities: ['law-enforcement', 'intelligence'] },
      meta: w.meta(),
    });
  }
}

export async function directive(
  w: ScenarioWriter,
  title: string,
  addressees: { states: string[]; agencies: string[] },
  hours: { ack: number; expires: number },
): Promise<string> {
  const directiveId = randomUUID();
  await w.run(directiveDecider, directiveStreamId(directiveId), {
    type: 'IssueDirective',
    data: {
      directiveId,
      title,
      body: `${title}: coordinate with the task force co-leads and report daily.`,
      priority: 'priority',
      addressees,
      authority: 'EO 14159 sec. 3(b)',
      effectiveAt: w.inHours(0),
      acknowledgeBy: w.inHours(hours.ack),
      expiresAt: w.inHours(hours.expires),
    },
    meta: w.meta(),
  });
  return directiveId;
}

export async function acknowledge(
  w: ScenarioWriter,
  directiveId: string,
  kind: 'state' | 'agency',
  code: string,
  actor: string,
) {
  await w.run(directiveDecider, directiveStreamId(directiveId), {
    type: 'AcknowledgeDirective',
    data: {
      directiveId,
      addressee: { kind, code },
      ...(kind === 'state' ? { context: { taskForceCoLeads: coLeads(w, code) } } : {}),
    },
    meta: w.meta(actor),
  });
}

export async function tasking(
  w: ScenarioWriter,
  state: string,
  lead: string,
  supporting: string[],
  title: string,
): Promise<string> {
  const taskingId = randomUUID();
  await w.run(taskingDecider, taskingStreamId(taskingId), {
    type: 'AssignTasking',
    data: {
      taskingId,
      taskForce: state,
      leadAgency: lead,
      supportingAgencies: supporting,
      objective: 'smuggling',
      title,
      instructions: `${title}: report progress weekly.`,
      dueAt: w.inHours(24 * 30),
      context: { taskForceMembers: members(w, state) },
    },
    meta: w.meta(),
  });
  return taskingId;
}

const onTasking = (w: ScenarioWriter, taskingId: string) => ({
  accept: (lead: string) =>
    w.run(taskingDecider, taskingStreamId(taskingId), {
      type: 'AcceptTasking',
      data: { taskingId },
      meta: w.meta(lead),
    }),
  decline: (lead: string) =>
    w.run(taskingDecider, taskingStreamId(taskingId), {
      type: 'DeclineTasking',
      data: { taskingId, reason: 'No agents free this month.' },
      meta: w.meta(lead),
    }),
  progress: (by: string, percentComplete: number) =>
    w.run(taskingDecider, taskingStreamId(taskingId), {
      type: 'ReportTaskingProgress',
      data: { taskingId, summary: `${percentComplete}% of the targets covered.`, percentComplete },
      meta: w.meta(by),
    }),
  block: (by: string) =>
    w.run(taskingDecider, taskingStreamId(taskingId), {
      type: 'BlockTasking',
      data: { taskingId, reason: 'Warrant pending.' },
      meta: w.meta(by),
    }),
  unblock: (by: string) =>
    w.run(taskingDecider, taskingStreamId(taskingId), {
      type: 'UnblockTasking',
      data: { taskingId, resolution: 'Warrant signed.' },
      meta: w.meta(by),
    }),
  reassign: (state: string, lead: string) =>
    w.run(taskingDecider, taskingStreamId(taskingId), {
      type: 'ReassignTasking',
      data: {
        taskingId,
        leadAgency: lead,
        reason: 'The first lead declined.',
        context: { taskForceMembers: members(w, state) },
      },
      meta: w.meta(),
    }),
  complete: (lead: string) =>
    w.run(taskingDecider, taskingStreamId(taskingId), {
      type: 'CompleteTasking',
      data: { taskingId, outcome: 'Targets searched, 9 arrests.' },
      meta: w.meta(lead),
    }),
  cancel: () =>
    w.run(taskingDecider, taskingStreamId(taskingId), {
      type: 'CancelTasking',
      data: { taskingId, reason: 'Overtaken by a DEA operation.' },
      meta: w.meta(),
    }),
});

export async function pledge(
  w: ScenarioWriter,
  agency: string,
  state: string,
  kind: 'personnel' | 'intelligence' | 'equipment',
  quantity: number,
  unit: string,
) {
  const commitmentId = randomUUID();
  await w.run(commitmentDecider, commitmentStreamId(commitmentId), {
    type: 'PledgeSupport',
    data: {
      commitmentId,
      agency,
      taskForce: state,
      kind,
      quantity,
      unit,
      period: { from: '2026-11-01T00:00:00.000Z', to: '2027-04-30T00:00:00.000Z' },
      appropriation: 'available',
    },
    meta: w.meta(agency),
  });
  return commitmentId;
}

const onCommitment = (w: ScenarioWriter, commitmentId: string, agency: string) => ({
  deliver: (quantity: number) => {
    const meta = w.meta(agency);
    return w.run(commitmentDecider, commitmentStreamId(commitmentId), {
      type: 'RecordDelivery',
      data: { commitmentId, deliveryId: randomUUID(), quantity, deliveredAt: meta.now },
      meta,
    });
  },
  adjust: (quantity: number) =>
    w.run(commitmentDecider, commitmentStreamId(commitmentId), {
      type: 'AdjustCommitment',
      data: { commitmentId, quantity, appropriation: 'pending', reason: 'More requested by the co-leads.' },
      meta: w.meta(agency),
    }),
  withdraw: () =>
    w.run(commitmentDecider, commitmentStreamId(commitmentId), {
      type: 'WithdrawCommitment',
      data: { commitmentId, reason: 'Recalled to headquarters.' },
      meta: w.meta(agency),
    }),
});

/**
 * Texas and Arizona task forces over a few weeks: members come and go, a co-lead changes, directives are
 * acknowledged, amended, missed, rescinded, superseded and left to expire; taskings go through every
 * status; support is pledged, delivered in part, adjusted and withdrawn.
 */
export async function writeScenario(w: ScenarioWriter): Promise<void> {
  await w.run(agencyDecider, agencyStreamId('TX-DPS'), {
    type: 'RegisterAgency',
    data: { code: 'TX-DPS', name: 'Texas Department of Public Safety', kind: 'state', state: 'TX' },
    meta: w.meta(),
  });
  await taskForce(w, 'TX', 'FBI', 'ICE-HSI', ['CBP', 'TX-DPS', 'DEA', 'USMS']);
  await taskForce(w, 'AZ', 'ATF', 'CBP', ['FBI', 'AZ-DPS']);
  await w.run(taskForceDecider, taskForceStreamId('TX'), {
    type: 'SetObjectives',
    data: { state: 'TX', objectives: ['cartels', 'smuggling', 'human-trafficking'] },
    meta: w.meta(),
  });
  await w.run(taskForceDecider, taskForceStreamId('TX'), {
    type: 'WithdrawMemberAgency',
    data: { state: 'TX', agency: 'USMS', reason: 'Fugitive teams reassigned.' },
    meta: w.meta(),
  });
  await w.run(taskForceDecider, taskForceStreamId('AZ'), {
    type: 'DesignateCoLead',
    data: { state: 'AZ', department: 'DOJ', agency: 'DEA' },
    meta: w.meta(),
  });

  const surge = await directive(
    w,
    'Surge on I-35',
    { states: ['TX', 'AZ'], agencies: ['FBI', 'CBP'] },
    { ack: 48, expires: 24 * 120 },
  );
  await acknowledge(w, surge, 'agency', 'FBI', 'FBI');
  await acknowledge(w, surge, 'state', 'TX', 'ICE-HSI');
  await w.run(directiveDecider, directiveStreamId(surge), {
    type: 'AmendDirective',
    data: {
      directiveId: surge,
      changes: { addressees: { agencies: ['DEA'] }, acknowledgeBy: w.inHours(72) },
      reason: 'Extend to the DEA.',
    },
    meta: w.meta(),
  });
  await acknowledge(w, surge, 'agency', 'CBP', 'CBP');
  const outreach = await directive(
    w,
    'Trafficking outreach at Amtrak hubs',
    { states: ['AZ'], agencies: ['FAMS', 'AMTRAK-PD'] },
    { ack: 24, expires: 24 * 60 },
  );
  await w.run(directiveDecider, directiveStreamId(outreach), {
    type: 'RescindDirective',
    data: { directiveId: outreach, reason: 'Issued to the wrong task force.' },
    meta: w.meta(),
  });
  const winter = await directive(
    w,
    'Winter checkpoint plan',
    { states: ['TX'], agencies: ['TX-DPS'] },
    { ack: 24, expires: 24 * 90 },
  );
  const spring = await directive(
    w,
    'Spring checkpoint plan',
    { states: ['TX'], agencies: ['TX-DPS', 'DEA'] },
    { ack: 24 * 5, expires: 24 * 150 },
  );
  await w.run(directiveDecider, directiveStreamId(winter), {
    type: 'SupersedeDirective',
    data: { directiveId: winter, supersededBy: spring, reason: 'The spring plan replaces it.' },
    meta: w.meta(),
  });
  await directive(
    w,
    'Holiday weekend patrols',
    { states: ['AZ'], agencies: ['AZ-DPS'] },
    { ack: 2, expires: 4 },
  );

  const laredo = await tasking(w, 'TX', 'ICE-HSI', ['FBI', 'TX-DPS'], 'Disrupt the Laredo stash houses');
  await onTasking(w, laredo).accept('ICE-HSI');
  await onTasking(w, laredo).progress('FBI', 40);
  await onTasking(w, laredo).block('ICE-HSI');
  const corridor = await tasking(w, 'TX', 'DEA', ['CBP'], 'Map the I-35 corridor couriers');
  await onTasking(w, corridor).decline('DEA');
  await onTasking(w, corridor).reassign('TX', 'CBP');
  const nogales = await tasking(w, 'AZ', 'FBI', ['AZ-DPS'], 'Nogales tunnel survey');
  await onTasking(w, nogales).accept('FBI');
  await onTasking(w, nogales).progress('AZ-DPS', 100);
  await onTasking(w, nogales).complete('FBI');
  const houston = await tasking(w, 'TX', 'CBP', [], 'Houston port container checks');
  await onTasking(w, houston).cancel();
  await tasking(w, 'AZ', 'CBP', ['FBI'], 'Yuma sector night patrols');
  await tasking(w, 'TX', 'TX-DPS', ['DEA'], 'Track the Valley gang network');
  await onTasking(w, laredo).unblock('ICE-HSI');

  const dea = await pledge(w, 'DEA', 'TX', 'personnel', 6, 'agents');
  await onCommitment(w, dea, 'DEA').deliver(2);
  await onCommitment(w, dea, 'DEA').deliver(1);
  await onCommitment(w, dea, 'DEA').adjust(8);
  const fbi = await pledge(w, 'FBI', 'TX', 'intelligence', 200, 'analyst-hours');
  await onCommitment(w, fbi, 'FBI').deliver(50);
  await onCommitment(w, fbi, 'FBI').withdraw();
  const cbp = await pledge(w, 'CBP', 'AZ', 'equipment', 4, 'vehicles');
  await onCommitment(w, cbp, 'CBP').deliver(4);
  await pledge(w, 'CBP', 'TX', 'personnel', 10, 'officers');

  // Past the surge's amended deadline: the deadline process marks the laggards.
  w.jumpTo('2026-12-05T09:00:00.000Z');
  await w.run(directiveDecider, directiveStreamId(surge), {
    type: 'MarkAcknowledgementOverdue',
    data: { directiveId: surge, addressee: { kind: 'state', code: 'AZ' } },
    meta: w.meta(),
  });
  await w.run(directiveDecider, directiveStreamId(surge), {
    type: 'MarkAcknowledgementOverdue',
    data: { directiveId: surge, addressee: { kind: 'agency', code: 'FBI' } },
    meta: w.meta(),
  });
}

/** More of the same story, for the suites that add events while a projector runs or after it restarts. */
export async function writeMore(w: ScenarioWriter, round: number): Promise<void> {
  const id = await tasking(w, 'TX', 'CBP', ['DEA'], `Round ${round}: checkpoint inspections`);
  await onTasking(w, id).accept('CBP');
  await onTasking(w, id).progress('DEA', 10 * ((round % 9) + 1));
  await w.run(taskForceDecider, taskForceStreamId('AZ'), {
    type: 'SetObjectives',
    data: { state: 'AZ', objectives: round % 2 === 0 ? ['cartels'] : ['smuggling', 'drug-trafficking'] },
    meta: w.meta(),
  });
  const d = await directive(
    w,
    `Round ${round}: bulletin`,
    { states: ['AZ'], agencies: ['FBI'] },
    { ack: 24 * 20, expires: 24 * 40 },
  );
  await acknowledge(w, d, 'agency', 'FBI', 'FBI');
  const c = await pledge(w, 'FBI', 'AZ', 'intelligence', 40, 'analyst-hours');
  await onCommitment(w, c, 'FBI').deliver(5);
}
