import { deciderSpec } from '../shared/decider-spec';
import { taskingDecider } from './tasking.decider';
import { acceptCmd, LEAD, MEMBERS, NOW, reassignCmd, TASKING_ID } from './tasking.fixtures';
import { accepted, assigned, blocked, declined, reassigned } from './tasking-history.fixtures';

const spec = deciderSpec(taskingDecider);
const REASON = 'ICE-HSI declined; CBP has capacity at Laredo.';

describe('a declined tasking is reassigned to another lead and is assigned again', () => {
  it('names the new lead and the supporters, and records the lead that declined', () => {
    const when = spec
      .given([assigned, declined])
      .when(reassignCmd({ leadAgency: 'CBP', supportingAgencies: ['DEA'] }));
    when.then([
      {
        type: 'TaskingReassigned',
        data: {
          taskingId: TASKING_ID,
          previousLeadAgency: LEAD,
          leadAgency: 'CBP',
          supportingAgencies: ['DEA'],
          reason: REASON,
          reassignedAt: NOW,
        },
      },
    ]);
    expect(when.state()).toMatchObject({
      status: 'assigned',
      leadAgency: 'CBP',
      supportingAgencies: ['DEA'],
    });
  });

  it('keeps the supporters when they are not restated', () => {
    const when = spec.given([assigned, declined]).when(reassignCmd({ leadAgency: 'USMS' }));
    expect(when.state()).toMatchObject({ leadAgency: 'USMS', supportingAgencies: ['FBI', 'TX-DPS'] });
  });

  it('promotes a supporter, who leaves the supporters', () => {
    const when = spec.given([assigned, declined]).when(reassignCmd({ leadAgency: 'FBI' }));
    expect(when.state()).toMatchObject({ leadAgency: 'FBI', supportingAgencies: ['TX-DPS'] });
  });

  it('lets the new lead accept, and the old one no longer', () => {
    expect(spec.given([assigned, declined, reassigned]).when(acceptCmd('CBP')).state().status).toBe(
      'accepted',
    );
    spec.given([assigned, declined, reassigned]).when(acceptCmd(LEAD)).thenRefuses('TASKING_NOT_LEAD_AGENCY');
  });

  it('keeps an obstacle flagged before the reassignment', () => {
    expect(spec.given([assigned, blocked, declined]).when(reassignCmd()).state()).toMatchObject({
      status: 'assigned',
      blocked: { reason: 'Warrant pending before the magistrate.' },
    });
  });

  it('is refused to the lead that declined', () => {
    const error = spec
      .given([assigned, declined])
      .when(reassignCmd({ leadAgency: LEAD }))
      .thenRefuses('TASKING_SAME_LEAD');
    expect(error.message).toContain(`declined by ${LEAD}`);
  });

  it('is refused unless the tasking was declined', () => {
    spec.given([assigned]).when(reassignCmd()).thenRefuses('TASKING_NOT_DECLINED');
    spec.given([assigned, accepted]).when(reassignCmd()).thenRefuses('TASKING_NOT_DECLINED');
  });

  it('is refused without a reason', () => {
    spec
      .given([assigned, declined])
      .when(reassignCmd({ reason: '' }))
      .thenRefuses('TASKING_BLANK_FIELD');
  });

  it('is refused when the new lead is not a member of the task force', () => {
    spec
      .given([assigned, declined])
      .when(reassignCmd({ leadAgency: 'ATF' }))
      .thenRefuses('TASKING_AGENCY_NOT_MEMBER');
  });

  it('is refused when a kept supporter has since left the task force', () => {
    const members = MEMBERS.filter((m) => m !== 'TX-DPS');
    const error = spec
      .given([assigned, declined])
      .when(reassignCmd({ context: { taskForceMembers: members } }))
      .thenRefuses('TASKING_AGENCY_NOT_MEMBER');
    expect(error.message).toContain('TX-DPS');
  });

  it('is refused when the new lead is also restated as a supporter', () => {
    spec
      .given([assigned, declined])
      .when(reassignCmd({ leadAgency: 'CBP', supportingAgencies: ['CBP'] }))
      .thenRefuses('TASKING_LEAD_AMONG_SUPPORTERS');
  });
});
