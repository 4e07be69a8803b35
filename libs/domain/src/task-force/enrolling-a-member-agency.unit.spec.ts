import { deciderSpec } from '../shared/decider-spec';
import { MemberCapability } from './capabilities';
import { enrolled, established, withdrawn } from './task-force-history.fixtures';
import { enroll, NOW } from './task-force.fixtures';
import { taskForceDecider } from './task-force.decider';
import { memberAgencies } from './members';

const spec = deciderSpec(taskForceDecider);

describe('an operator enrols a member agency in the task force', () => {
  it('records the agency and the capabilities it brings', () => {
    spec
      .given([established])
      .when(enroll('TX-DPS', ['law-enforcement', 'intelligence']))
      .then([
        {
          type: 'MemberAgencyEnrolled',
          data: {
            state: 'TX',
            agency: 'TX-DPS',
            capabilities: ['law-enforcement', 'intelligence'],
            enrolledAt: NOW,
          },
        },
      ]);
  });

  it('makes it a member after the co-leads', () => {
    const state = spec
      .given([established])
      .when(enroll('TX-HPD', ['operational-support']))
      .state();
    expect(memberAgencies(state)).toEqual(['FBI', 'ICE-HSI', 'TX-HPD']);
  });

  it.each([['CBP'], ['DOL-OIG'], ['AMTRAK-PD']])('lets the federal agency %s join any state', (agency) => {
    const state = spec
      .given([established])
      .when(enroll(agency, ['logistics']))
      .state();
    expect(memberAgencies(state)).toContain(agency);
  });

  it('lets a withdrawn agency enrol again', () => {
    const state = spec
      .given([established, enrolled('CBP'), withdrawn('CBP')])
      .when(enroll('CBP'))
      .state();
    expect(memberAgencies(state)).toContain('CBP');
  });

  it('refuses an agency that is already enrolled', () => {
    const error = spec
      .given([established, enrolled('CBP')])
      .when(enroll('CBP'))
      .thenRefuses('TASK_FORCE_AGENCY_ALREADY_ENROLLED');
    expect(error.message).toContain('CBP');
  });

  it('refuses a co-lead, which is a member from the establishment on', () => {
    spec.given([established]).when(enroll('FBI')).thenRefuses('TASK_FORCE_AGENCY_ALREADY_ENROLLED');
  });

  it('refuses a state or local agency of another state', () => {
    const error = spec
      .given([established])
      .when(enroll('OK-OHP'))
      .thenRefuses('TASK_FORCE_AGENCY_OF_ANOTHER_STATE');
    expect(error.message).toContain('OK');
  });

  it.each([['NYPD'], ['XX-PD'], ['']])('refuses %p, neither federal nor a state or local code', (agency) => {
    spec.given([established]).when(enroll(agency)).thenRefuses('TASK_FORCE_UNKNOWN_AGENCY');
  });

  it('refuses an agency that brings no capability', () => {
    spec.given([established]).when(enroll('CBP', [])).thenRefuses('TASK_FORCE_NO_CAPABILITIES');
  });

  it('refuses a capability outside law-enforcement, intelligence, logistics and operational support', () => {
    const error = spec
      .given([established])
      .when(enroll('CBP', ['logistics', 'catering' as MemberCapability]))
      .thenRefuses('TASK_FORCE_UNKNOWN_CAPABILITY');
    expect(error.message).toContain('catering');
  });

  it('refuses a capability named twice', () => {
    const error = spec
      .given([established])
      .when(enroll('CBP', ['logistics', 'intelligence', 'logistics']))
      .thenRefuses('TASK_FORCE_DUPLICATE_CAPABILITY');
    expect(error.message).toContain('logistics');
  });
});
