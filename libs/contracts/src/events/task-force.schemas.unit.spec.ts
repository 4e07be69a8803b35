import type { TaskForceEvent } from '@hstf/domain';
import { AT, errorsOf, withData } from './registry-check.fixtures';

const samples: TaskForceEvent[] = [
  {
    type: 'TaskForceEstablished',
    data: { state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI', authority: 'EO 14159', establishedAt: AT },
  },
  {
    type: 'MemberAgencyEnrolled',
    data: {
      state: 'TX',
      agency: 'TX-DPS',
      capabilities: ['law-enforcement', 'intelligence'],
      enrolledAt: AT,
    },
  },
  {
    type: 'MemberAgencyWithdrawn',
    data: { state: 'TX', agency: 'TX-DPS', reason: 'Reassigned.', withdrawnAt: AT },
  },
  {
    type: 'CoLeadDesignated',
    data: {
      state: 'TX',
      department: 'DOJ',
      agency: 'DEA',
      previousCoLead: 'FBI',
      enrolledAsMember: true,
      designatedAt: AT,
    },
  },
  { type: 'ObjectivesSet', data: { state: 'TX', objectives: ['cartels', 'human-trafficking'], setAt: AT } },
];

describe('task force event schemas', () => {
  it.each(samples.map((e) => [e.type, e] as const))('accept a %s as the decider writes it', (_, event) => {
    expect(errorsOf(event)).toEqual([]);
  });

  it('refuse an empty, unknown or repeated capability', () => {
    expect(errorsOf(withData(samples[1], { capabilities: [] }))[0].path).toBe('capabilities');
    expect(errorsOf(withData(samples[1], { capabilities: ['catering'] }))[0].path).toBe('capabilities[0]');
    expect(errorsOf(withData(samples[1], { capabilities: ['intelligence', 'intelligence'] }))[0]).toEqual({
      path: 'capabilities',
      reason: 'must not repeat an entry',
    });
  });

  it('refuse an objective outside the list and a department other than DOJ or DHS', () => {
    expect(errorsOf(withData(samples[4], { objectives: ['littering'] }))[0].path).toBe('objectives[0]');
    expect(errorsOf(withData(samples[3], { department: 'DOL' }))[0].path).toBe('department');
  });
});
