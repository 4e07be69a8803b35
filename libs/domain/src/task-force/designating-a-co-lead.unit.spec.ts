import { fold } from '../shared';
import { deciderSpec } from '../shared/decider-spec';
import { CoLeadDepartment } from './commands';
import { coLeadAgencies, memberAgencies } from './members';
import { EARLIER, enrolled, established } from './task-force-history.fixtures';
import { designate, NOW } from './task-force.fixtures';
import { taskForceDecider } from './task-force.decider';

const spec = deciderSpec(taskForceDecider);

describe('an operator designates a co-lead of the task force', () => {
  it('records the department, the new and the previous co-lead, and that the agency joins', () => {
    spec
      .given([established])
      .when(designate('DOJ', 'DEA'))
      .then([
        {
          type: 'CoLeadDesignated',
          data: {
            state: 'TX',
            department: 'DOJ',
            agency: 'DEA',
            previousCoLead: 'FBI',
            enrolledAsMember: true,
            designatedAt: NOW,
          },
        },
      ]);
  });

  it('makes a co-lead that was not a member a member, and keeps the previous co-lead a member', () => {
    const state = spec.given([established]).when(designate('DHS', 'CBP')).state();
    expect(coLeadAgencies(state)).toEqual(['FBI', 'CBP']);
    expect(memberAgencies(state)).toEqual(['FBI', 'ICE-HSI', 'CBP']);
  });

  it('keeps a member that becomes co-lead a member once, with its capabilities', () => {
    const given = [established, enrolled('CBP', ['logistics'])];
    const decision = taskForceDecider.decide(designate('DHS', 'CBP'), fold(taskForceDecider, given));
    expect(decision.ok && decision.events[0].data).toMatchObject({ enrolledAsMember: false });
    const state = spec.given(given).when(designate('DHS', 'CBP')).state();
    expect(state.status === 'established' && state.members.filter((m) => m.agency === 'CBP')).toEqual([
      { agency: 'CBP', capabilities: ['logistics'], since: EARLIER },
    ]);
  });

  it('refuses a department other than DOJ or DHS', () => {
    const error = spec
      .given([established])
      .when(designate('DOL' as CoLeadDepartment, 'DOL-OIG'))
      .thenRefuses('TASK_FORCE_INVALID_CO_LEAD_DEPARTMENT');
    expect(error.message).toContain('DOL');
  });

  it.each([
    ['DOJ', 'USCG'],
    ['DHS', 'USMS'],
    ['DOJ', 'TX-DPS'],
  ] as const)('refuses to make %s co-lead of %s, not one of its agencies', (department, agency) => {
    spec
      .given([established])
      .when(designate(department, agency))
      .thenRefuses('TASK_FORCE_CO_LEAD_NOT_OF_DEPARTMENT');
  });

  it('refuses a designation without an agency', () => {
    spec.given([established]).when(designate('DHS', '')).thenRefuses('TASK_FORCE_CO_LEAD_REQUIRED');
  });

  it('refuses the agency that already co-leads for that department', () => {
    const error = spec
      .given([established])
      .when(designate('DOJ', 'FBI'))
      .thenRefuses('TASK_FORCE_ALREADY_CO_LEAD');
    expect(error.message).toContain('FBI');
  });
});
