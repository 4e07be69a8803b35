import { randomUUID } from 'node:crypto';
import {
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

/* The commands of the story, one helper per thing an operator or a liaison does, decided by the deciders. */

const members = (w: ScenarioWriter, state: string) =>
  memberAgencies(w.state(taskForceDecider, taskForceStreamId(state)));
const coLeads = (w: ScenarioWriter, state: string) =>
  coLeadAgencies(w.state(taskForceDecider, taskForceStreamId(state)));

export async function taskForce(
  w: ScenarioWriter,
  state: string,
  doj: string,
  dhs: string,
  joining: string[],
) {
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

export const onTasking = (w: ScenarioWriter, taskingId: string) => ({
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
      // The scenario writes straight to the store; its pledges are by members, as the API requires.
      context: { taskForceMembers: [agency] },
    },
    meta: w.meta(agency),
  });
  return commitmentId;
}

export const onCommitment = (w: ScenarioWriter, commitmentId: string, agency: string) => ({
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
