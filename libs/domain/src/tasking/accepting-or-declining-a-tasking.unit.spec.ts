import { deciderSpec } from '../shared/decider-spec';
import { taskingDecider } from './tasking.decider';
import { acceptCmd, declineCmd, LEAD, NOW, TASKING_ID } from './tasking.fixtures';
import { accepted, assigned, blocked, declined } from './tasking-history.fixtures';

const spec = deciderSpec(taskingDecider);

describe('the lead agency accepts an assigned tasking', () => {
  it('moves it from assigned to accepted', () => {
    spec
      .given([assigned])
      .when(acceptCmd(LEAD))
      .then([
        { type: 'TaskingAccepted', data: { taskingId: TASKING_ID, leadAgency: LEAD, acceptedAt: NOW } },
      ]);
    expect(spec.given([assigned]).when(acceptCmd(LEAD)).state().status).toBe('accepted');
  });

  it('may accept while an obstacle is flagged, knowing of it', () => {
    expect(spec.given([assigned, blocked]).when(acceptCmd(LEAD)).state()).toMatchObject({
      status: 'accepted',
      blocked: { reason: 'Warrant pending before the magistrate.' },
    });
  });

  it('is refused to a supporting agency', () => {
    const error = spec.given([assigned]).when(acceptCmd('FBI')).thenRefuses('TASKING_NOT_LEAD_AGENCY');
    expect(error.message).toContain('acts for FBI');
  });

  it('is refused to the command centre, which cannot commit the agency', () => {
    const error = spec.given([assigned]).when(acceptCmd()).thenRefuses('TASKING_NOT_LEAD_AGENCY');
    expect(error.message).toContain('the command centre');
  });

  it('is refused once accepted', () => {
    spec.given([assigned, accepted]).when(acceptCmd(LEAD)).thenRefuses('TASKING_NOT_AWAITING_ACCEPTANCE');
  });

  it('is refused once declined', () => {
    spec.given([assigned, declined]).when(acceptCmd(LEAD)).thenRefuses('TASKING_NOT_AWAITING_ACCEPTANCE');
  });
});

describe('the lead agency declines an assigned tasking, with a reason', () => {
  it('moves it from assigned to declined', () => {
    spec
      .given([assigned])
      .when(declineCmd(LEAD, 'No agents free until April.'))
      .then([
        {
          type: 'TaskingDeclined',
          data: {
            taskingId: TASKING_ID,
            leadAgency: LEAD,
            reason: 'No agents free until April.',
            declinedAt: NOW,
          },
        },
      ]);
    expect(spec.given([assigned]).when(declineCmd(LEAD)).state().status).toBe('declined');
  });

  it('is refused without a reason', () => {
    spec.given([assigned]).when(declineCmd(LEAD, ' ')).thenRefuses('TASKING_BLANK_FIELD');
  });

  it('is refused to an agency other than the lead', () => {
    spec.given([assigned]).when(declineCmd('TX-DPS')).thenRefuses('TASKING_NOT_LEAD_AGENCY');
  });

  it('is refused once the tasking was accepted', () => {
    const error = spec
      .given([assigned, accepted])
      .when(declineCmd(LEAD))
      .thenRefuses('TASKING_NOT_AWAITING_ACCEPTANCE');
    expect(error.message).toContain('is accepted');
  });
});
