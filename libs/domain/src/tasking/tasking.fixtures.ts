import { CommandMeta } from '../shared';
import {
  AcceptTasking,
  AssignTasking,
  BlockTasking,
  CancelTasking,
  CompleteTasking,
  DeclineTasking,
  ReassignTasking,
  ReportTaskingProgress,
  UnblockTasking,
} from './commands';

// One tasking of the Texas task force, led by ICE-HSI with the FBI and the Texas DPS in support.
export const TASKING_ID = '0b6f3a52-6d1e-4c4f-9a57-2f4f1b8c9e01';
export const DIRECTIVE_ID = '7d1e2f3a-4b5c-4d6e-8f70-81a2b3c4d5e6';
export const NOW = '2026-03-02T09:00:00.000Z';
export const DUE = '2026-03-20T17:00:00.000Z';
export const LEAD = 'ICE-HSI';
export const SUPPORTERS = ['FBI', 'TX-DPS'];
export const MEMBERS = ['ICE-HSI', 'FBI', 'TX-DPS', 'CBP', 'DEA', 'USMS'];

export const by = (actorAgency?: string): CommandMeta =>
  actorAgency ? { now: NOW, actorAgency } : { now: NOW };

export const assign = (overrides: Partial<AssignTasking['data']> = {}, meta = by()): AssignTasking => ({
  type: 'AssignTasking',
  data: {
    taskingId: TASKING_ID,
    taskForce: 'TX',
    leadAgency: LEAD,
    supportingAgencies: SUPPORTERS,
    objective: 'smuggling',
    title: 'Disrupt the Laredo stash-house network',
    instructions: 'Identify and surveil the three stash houses named in the directive annex.',
    directiveId: DIRECTIVE_ID,
    dueAt: DUE,
    context: { taskForceMembers: MEMBERS },
    ...overrides,
  },
  meta,
});

export const acceptCmd = (actor?: string): AcceptTasking => ({
  type: 'AcceptTasking',
  data: { taskingId: TASKING_ID },
  meta: by(actor),
});
export const declineCmd = (actor?: string, reason = 'No agents free until April.'): DeclineTasking => ({
  type: 'DeclineTasking',
  data: { taskingId: TASKING_ID, reason },
  meta: by(actor),
});
export const progressCmd = (
  actor?: string,
  percentComplete = 40,
  summary = 'Two houses under surveillance.',
) =>
  ({
    type: 'ReportTaskingProgress',
    data: { taskingId: TASKING_ID, summary, percentComplete },
    meta: by(actor),
  }) as ReportTaskingProgress;
export const blockCmd = (
  actor?: string,
  reason = 'Warrant pending before the magistrate.',
): BlockTasking => ({
  type: 'BlockTasking',
  data: { taskingId: TASKING_ID, reason },
  meta: by(actor),
});
export const unblockCmd = (actor?: string, resolution = 'Warrant signed.'): UnblockTasking => ({
  type: 'UnblockTasking',
  data: { taskingId: TASKING_ID, resolution },
  meta: by(actor),
});
export const reassignCmd = (
  data: Partial<ReassignTasking['data']> = {},
  actor?: string,
): ReassignTasking => ({
  type: 'ReassignTasking',
  data: {
    taskingId: TASKING_ID,
    leadAgency: 'CBP',
    reason: 'ICE-HSI declined; CBP has capacity at Laredo.',
    context: { taskForceMembers: MEMBERS },
    ...data,
  },
  meta: by(actor),
});
export const completeCmd = (
  actor?: string,
  outcome = 'Three stash houses searched, 14 arrests.',
): CompleteTasking => ({
  type: 'CompleteTasking',
  data: { taskingId: TASKING_ID, outcome },
  meta: by(actor),
});
export const cancelCmd = (reason = 'Superseded by a DEA operation.', actor?: string): CancelTasking => ({
  type: 'CancelTasking',
  data: { taskingId: TASKING_ID, reason },
  meta: by(actor),
});
