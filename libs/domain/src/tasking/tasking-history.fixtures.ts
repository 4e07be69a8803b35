import {
  TaskingAccepted,
  TaskingAssigned,
  TaskingBlocked,
  TaskingDeclined,
  TaskingProgressReported,
  TaskingReassigned,
} from './events';
import { DIRECTIVE_ID, DUE, LEAD, SUPPORTERS, TASKING_ID } from './tasking.fixtures';

// The events of the fixture tasking's life so far, recorded the day before the commands under test.
const EARLIER = '2026-03-01T08:00:00.000Z';

export const assigned: TaskingAssigned = {
  type: 'TaskingAssigned',
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
    assignedAt: EARLIER,
  },
};
export const accepted: TaskingAccepted = {
  type: 'TaskingAccepted',
  data: { taskingId: TASKING_ID, leadAgency: LEAD, acceptedAt: EARLIER },
};
export const declined: TaskingDeclined = {
  type: 'TaskingDeclined',
  data: {
    taskingId: TASKING_ID,
    leadAgency: LEAD,
    reason: 'No agents free until April.',
    declinedAt: EARLIER,
  },
};
export const progressed: TaskingProgressReported = {
  type: 'TaskingProgressReported',
  data: {
    taskingId: TASKING_ID,
    reportedBy: 'FBI',
    summary: 'Surveillance set up.',
    percentComplete: 20,
    reportedAt: EARLIER,
  },
};
export const blocked: TaskingBlocked = {
  type: 'TaskingBlocked',
  data: {
    taskingId: TASKING_ID,
    reason: 'Warrant pending before the magistrate.',
    by: LEAD,
    blockedAt: EARLIER,
  },
};
export const reassigned: TaskingReassigned = {
  type: 'TaskingReassigned',
  data: {
    taskingId: TASKING_ID,
    previousLeadAgency: LEAD,
    leadAgency: 'CBP',
    supportingAgencies: SUPPORTERS,
    reason: 'ICE-HSI declined; CBP has capacity at Laredo.',
    reassignedAt: EARLIER,
  },
};
