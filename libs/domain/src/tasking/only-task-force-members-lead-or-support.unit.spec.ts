import { deciderSpec } from '../shared/decider-spec';
import { assign, by, LEAD, MEMBERS } from './tasking.fixtures';
import { taskingDecider } from './tasking.decider';

const spec = deciderSpec(taskingDecider);

describe('only member agencies of the task force lead or support a tasking', () => {
  it('refuses a malformed agency code', () => {
    const error = spec
      .given([])
      .when(assign({ supportingAgencies: ['FBI', 'tx dps'] }))
      .thenRefuses('TASKING_INVALID_AGENCY_CODE');
    expect(error.message).toContain('tx dps');
  });

  it('refuses a lead that is also among the supporters', () => {
    spec
      .given([])
      .when(assign({ supportingAgencies: ['FBI', LEAD] }))
      .thenRefuses('TASKING_LEAD_AMONG_SUPPORTERS');
  });

  it('refuses a supporter named twice', () => {
    const error = spec
      .given([])
      .when(assign({ supportingAgencies: ['FBI', 'CBP', 'FBI', 'FBI'] }))
      .thenRefuses('TASKING_DUPLICATE_SUPPORTER');
    expect(error.message).toMatch(/: FBI\.$/);
  });

  it('refuses a lead that is not a member', () => {
    const error = spec
      .given([])
      .when(assign({ leadAgency: 'ATF', supportingAgencies: ['FBI', 'DOL-OIG'] }))
      .thenRefuses('TASKING_AGENCY_NOT_MEMBER');
    expect(error.message).toContain('TX task force: ATF, DOL-OIG.');
  });

  it('refuses a supporter that is not a member', () => {
    const command = assign({ context: { taskForceMembers: MEMBERS.filter((m) => m !== 'TX-DPS') } });
    spec.given([]).when(command).thenRefuses('TASKING_AGENCY_NOT_MEMBER');
  });

  it('does not depend on who assigns: role checks live in the application', () => {
    expect(
      spec
        .given([])
        .when(assign({}, by('FBI')))
        .state().status,
    ).toBe('assigned');
  });
});
