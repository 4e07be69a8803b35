import { deciderSpec } from '../shared/decider-spec';
import { coLeadDesignated, enrolled, established, withdrawn } from './task-force-history.fixtures';
import { NOW, withdraw } from './task-force.fixtures';
import { taskForceDecider } from './task-force.decider';
import { isMemberAgency } from './members';

const spec = deciderSpec(taskForceDecider);

describe('an operator withdraws a member agency from the task force', () => {
  it('records the agency and the reason', () => {
    spec
      .given([established, enrolled('TX-DPS')])
      .when(withdraw('TX-DPS', 'Troopers recalled to Austin.'))
      .then([
        {
          type: 'MemberAgencyWithdrawn',
          data: { state: 'TX', agency: 'TX-DPS', reason: 'Troopers recalled to Austin.', withdrawnAt: NOW },
        },
      ]);
  });

  it('ends its membership', () => {
    const state = spec
      .given([established, enrolled('TX-DPS')])
      .when(withdraw('TX-DPS'))
      .state();
    expect(isMemberAgency(state, 'TX-DPS')).toBe(false);
  });

  it('lets a former co-lead, replaced by another, be withdrawn', () => {
    const state = spec
      .given([established, coLeadDesignated('DOJ', 'DEA', 'FBI', true)])
      .when(withdraw('FBI'))
      .state();
    expect(isMemberAgency(state, 'FBI')).toBe(false);
    expect(isMemberAgency(state, 'DEA')).toBe(true);
  });

  it('refuses an agency that never enrolled', () => {
    const error = spec
      .given([established])
      .when(withdraw('CBP'))
      .thenRefuses('TASK_FORCE_AGENCY_NOT_ENROLLED');
    expect(error.message).toContain('CBP');
  });

  it('refuses an agency already withdrawn', () => {
    spec
      .given([established, enrolled('CBP'), withdrawn('CBP')])
      .when(withdraw('CBP'))
      .thenRefuses('TASK_FORCE_AGENCY_NOT_ENROLLED');
  });

  it.each([
    ['DOJ', 'FBI'],
    ['DHS', 'ICE-HSI'],
  ])('refuses to withdraw the %s co-lead %s while it is co-lead', (department, agency) => {
    const error = spec
      .given([established])
      .when(withdraw(agency))
      .thenRefuses('TASK_FORCE_CO_LEAD_CANNOT_WITHDRAW');
    expect(error.message).toContain(department);
  });

  it('refuses a withdrawal without a reason', () => {
    spec
      .given([established, enrolled('CBP')])
      .when(withdraw('CBP', ''))
      .thenRefuses('TASK_FORCE_BLANK_REASON');
  });
});
