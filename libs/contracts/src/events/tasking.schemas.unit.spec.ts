import type { TaskingEvent } from '@hstf/domain';
import { AT, errorsOf, LATER, UUID_A, UUID_B, withData } from './registry-check.fixtures';

const taskingId = UUID_A;
const samples: TaskingEvent[] = [
  {
    type: 'TaskingAssigned',
    data: {
      taskingId,
      taskForce: 'TX',
      leadAgency: 'ICE-HSI',
      supportingAgencies: ['FBI', 'TX-DPS'],
      objective: 'smuggling',
      title: 'Disrupt the Laredo stash-house network',
      instructions: 'Surveil the three stash houses named in the annex.',
      directiveId: UUID_B,
      dueAt: LATER,
      assignedAt: AT,
    },
  },
  { type: 'TaskingAccepted', data: { taskingId, leadAgency: 'ICE-HSI', acceptedAt: AT } },
  {
    type: 'TaskingDeclined',
    data: { taskingId, leadAgency: 'ICE-HSI', reason: 'No agents free.', declinedAt: AT },
  },
  {
    type: 'TaskingProgressReported',
    data: {
      taskingId,
      reportedBy: 'FBI',
      summary: 'Two houses located.',
      percentComplete: 40,
      reportedAt: AT,
    },
  },
  { type: 'TaskingBlocked', data: { taskingId, reason: 'Awaiting warrant.', blockedAt: AT } },
  {
    type: 'TaskingUnblocked',
    data: { taskingId, resolution: 'Warrant signed.', by: 'ICE-HSI', unblockedAt: AT },
  },
  {
    type: 'TaskingReassigned',
    data: {
      taskingId,
      previousLeadAgency: 'ICE-HSI',
      leadAgency: 'DEA',
      supportingAgencies: [],
      reason: 'Declined by ICE-HSI.',
      reassignedAt: AT,
    },
  },
  {
    type: 'TaskingCompleted',
    data: { taskingId, leadAgency: 'DEA', outcome: 'Network dismantled.', completedAt: AT },
  },
  {
    type: 'TaskingCancelled',
    data: { taskingId, reason: 'Superseded by a DEA operation.', cancelledAt: AT },
  },
];

describe('tasking event schemas', () => {
  it.each(samples.map((e) => [e.type, e] as const))('accept a %s as the decider writes it', (_, event) => {
    expect(errorsOf(event)).toEqual([]);
  });

  it('refuse a blank title, an unknown task force and a malformed agency code', () => {
    const bad = withData(samples[0], { title: '  ', taskForce: 'XX', supportingAgencies: ['fbi'] });
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['taskForce', 'supportingAgencies[0]', 'title']);
  });

  it('refuse progress outside 0 to 100 percent and a due time without an offset', () => {
    expect(errorsOf(withData(samples[3], { percentComplete: 101 }))[0].path).toBe('percentComplete');
    expect(errorsOf(withData(samples[0], { dueAt: '2026-03-20T17:00:00' }))[0]).toEqual({
      path: 'dueAt',
      reason: 'must be an ISO-8601 instant with an offset',
    });
  });

  it('refuse a tasking id that is not a lower-case UUID', () => {
    expect(errorsOf(withData(samples[1], { taskingId: UUID_A.toUpperCase() }))[0].reason).toBe(
      'must be a lower-case UUID',
    );
  });
});
