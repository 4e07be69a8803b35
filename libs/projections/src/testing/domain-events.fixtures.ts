import {
  CommitmentEvent,
  DirectiveEvent,
  DirectiveIssued,
  DirectiveSuperseded,
  SupportPledged,
  TaskForceEvent,
  TaskingAssigned,
  TaskingEvent,
} from '@hstf/domain';

// One story in Texas: a task force, a directive to it and to the FBI and CBP, a tasking, a pledge.
export const DIRECTIVE_ID = '3f0a7d52-8a3e-4d53-9d7c-2a1f0a9c1b11';
export const TASKING_ID = '0b6f3a52-6d1e-4c4f-9a57-2f4f1b8c9e01';
export const COMMITMENT_ID = '5c7d9e1f-2a3b-4c5d-8e9f-0a1b2c3d4e5f';
export const AT = '2026-11-30T09:00:00.000Z';
export const ACK_BY = '2026-12-03T12:00:00.000Z';

export const established: TaskForceEvent = {
  type: 'TaskForceEstablished',
  data: { state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI', authority: 'EO 14159', establishedAt: AT },
};
export const enrolled = (agency: string): TaskForceEvent => ({
  type: 'MemberAgencyEnrolled',
  data: { state: 'TX', agency, capabilities: ['law-enforcement'], enrolledAt: AT },
});
export const withdrawn = (agency: string): TaskForceEvent => ({
  type: 'MemberAgencyWithdrawn',
  data: { state: 'TX', agency, reason: 'Reassigned to the southern border surge.', withdrawnAt: AT },
});

export const issued: DirectiveIssued = {
  type: 'DirectiveIssued',
  data: {
    directiveId: DIRECTIVE_ID,
    title: 'Surge on I-35',
    body: 'Coordinate interdiction at the Laredo and San Antonio checkpoints.',
    priority: 'priority',
    addressees: { states: ['TX'], agencies: ['FBI', 'CBP'] },
    authority: 'EO 14159 sec. 3(b)',
    effectiveAt: AT,
    expiresAt: '2027-03-31T00:00:00.000Z',
    acknowledgeBy: ACK_BY,
    issuedAt: AT,
    revision: 1,
  },
};
export const acknowledgedBy = (
  code: string,
  kind: 'state' | 'agency' = 'agency',
  revision = 1,
): DirectiveEvent => ({
  type: 'DirectiveAcknowledged',
  data: {
    directiveId: DIRECTIVE_ID,
    addressee: { kind, code },
    acknowledgedBy: kind === 'state' ? 'ICE-HSI' : code,
    revision,
    acknowledgedAt: AT,
    late: false,
  },
});
/** Superseded by directive `d-2`, which the fixtures never issue. */
export const superseded: DirectiveSuperseded = {
  type: 'DirectiveSuperseded',
  data: {
    directiveId: DIRECTIVE_ID,
    supersededBy: 'd-2',
    reason: 'Spring plan.',
    supersededAt: AT,
  },
};
export const amendedAddingDea: DirectiveEvent = {
  type: 'DirectiveAmended',
  data: {
    directiveId: DIRECTIVE_ID,
    revision: 2,
    changes: { addedAddressees: { states: [], agencies: ['DEA'] }, title: 'Surge on I-35 and I-10' },
    reason: 'Extend to the I-10 corridor.',
    amendedAt: AT,
  },
};
export const overdue = (code: string, kind: 'state' | 'agency' = 'agency', revision = 1): DirectiveEvent => ({
  type: 'DirectiveAcknowledgementOverdue',
  data: {
    directiveId: DIRECTIVE_ID,
    addressee: { kind, code },
    revision,
    acknowledgeBy: ACK_BY,
    markedAt: AT,
  },
});
export const rescinded: DirectiveEvent = {
  type: 'DirectiveRescinded',
  data: { directiveId: DIRECTIVE_ID, reason: 'Issued in error.', rescindedAt: AT },
};

export const assigned: TaskingAssigned = {
  type: 'TaskingAssigned',
  data: {
    taskingId: TASKING_ID,
    taskForce: 'TX',
    leadAgency: 'ICE-HSI',
    supportingAgencies: ['FBI', 'TX-DPS'],
    objective: 'smuggling',
    title: 'Disrupt the Laredo stash-house network',
    instructions: 'Identify and surveil the three stash houses named in the annex.',
    directiveId: DIRECTIVE_ID,
    dueAt: '2026-12-20T17:00:00.000Z',
    assignedAt: AT,
  },
};
export const taskingEvent = {
  accepted: {
    type: 'TaskingAccepted',
    data: { taskingId: TASKING_ID, leadAgency: 'ICE-HSI', acceptedAt: AT },
  },
  declined: {
    type: 'TaskingDeclined',
    data: {
      taskingId: TASKING_ID,
      leadAgency: 'ICE-HSI',
      reason: 'No agents free until January.',
      declinedAt: AT,
    },
  },
  progressed: {
    type: 'TaskingProgressReported',
    data: {
      taskingId: TASKING_ID,
      reportedBy: 'FBI',
      summary: 'Two houses under surveillance.',
      percentComplete: 40,
      reportedAt: AT,
    },
  },
  blocked: {
    type: 'TaskingBlocked',
    data: {
      taskingId: TASKING_ID,
      reason: 'Warrant pending before the magistrate.',
      by: 'ICE-HSI',
      blockedAt: AT,
    },
  },
  unblocked: {
    type: 'TaskingUnblocked',
    data: { taskingId: TASKING_ID, resolution: 'Warrant signed.', unblockedAt: AT },
  },
  reassigned: {
    type: 'TaskingReassigned',
    data: {
      taskingId: TASKING_ID,
      previousLeadAgency: 'ICE-HSI',
      leadAgency: 'CBP',
      supportingAgencies: ['FBI'],
      reason: 'ICE-HSI declined; CBP has capacity at Laredo.',
      reassignedAt: AT,
    },
  },
  completed: {
    type: 'TaskingCompleted',
    data: {
      taskingId: TASKING_ID,
      leadAgency: 'CBP',
      outcome: 'Three stash houses searched, 14 arrests.',
      completedAt: AT,
    },
  },
  cancelled: {
    type: 'TaskingCancelled',
    data: { taskingId: TASKING_ID, reason: 'Superseded by a DEA operation.', cancelledAt: AT },
  },
} satisfies Record<string, TaskingEvent>;

export const pledged: SupportPledged = {
  type: 'SupportPledged',
  data: {
    commitmentId: COMMITMENT_ID,
    agency: 'DEA',
    taskForce: 'TX',
    kind: 'personnel',
    quantity: 6,
    unit: 'agents',
    period: { from: '2026-12-01T00:00:00.000Z', to: '2027-02-28T00:00:00.000Z' },
    appropriation: 'available',
    note: 'Two teams from the Houston division.',
    pledgedAt: AT,
  },
};
export const deliveredQuantity = (quantity: number, deliveryId = `D-${quantity}`): CommitmentEvent => ({
  type: 'SupportDelivered',
  data: {
    commitmentId: COMMITMENT_ID,
    agency: 'DEA',
    deliveryId,
    quantity,
    unit: 'agents',
    deliveredAt: AT,
    recordedAt: AT,
  },
});
export const adjusted: CommitmentEvent = {
  type: 'CommitmentAdjusted',
  data: {
    commitmentId: COMMITMENT_ID,
    agency: 'DEA',
    quantity: 8,
    appropriation: 'pending',
    reason: 'Two more agents requested.',
    adjustedAt: AT,
  },
};
export const commitmentWithdrawn: CommitmentEvent = {
  type: 'CommitmentWithdrawn',
  data: {
    commitmentId: COMMITMENT_ID,
    agency: 'DEA',
    reason: 'Agents recalled to Houston.',
    withdrawnAt: AT,
  },
};

/** Rows are stored as JSON: folding must give the same result from a row read back from the database. */
export const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const foldRows = <E, R>(
  evolve: (row: R | undefined, event: E) => R | undefined,
  events: readonly E[],
) =>
  events.reduce<R | undefined>(
    (row, event) => evolve(row === undefined ? undefined : throughJson(row), event),
    undefined,
  );
