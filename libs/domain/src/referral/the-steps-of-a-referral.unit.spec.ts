import { deciderSpec } from '../shared/decider-spec';
import { referralDecider } from './referral.decider';
import { accepted, closeCmd, closed, made, NOW, REFERRAL_ID, started, stepCmd } from './referral.fixtures';

const spec = deciderSpec(referralDecider);
const step = {
  referralId: REFERRAL_ID,
  receivingAgency: 'CCHT',
  taskForce: 'TX',
  channel: 'victim-services' as const,
};

describe('a referral moves from made to accepted, in progress and closed, by the receiving agency', () => {
  it('is accepted, then started, then closed with its outcome', () => {
    spec
      .given([made])
      .when(stepCmd('AcceptReferral'))
      .then([{ type: 'ReferralAccepted', data: { ...step, acceptedAt: NOW } }]);
    spec
      .given([made, accepted])
      .when(stepCmd('StartReferral'))
      .then([{ type: 'ReferralStarted', data: { ...step, startedAt: NOW } }]);
    const state = spec.given([made, accepted, started]).when(closeCmd()).state();
    expect(state).toMatchObject({ status: 'closed', outcome: 'services-provided' });
  });

  it('may be closed before it was accepted (not eligible, unable to contact)', () => {
    expect(spec.given([made]).when(closeCmd('not-eligible')).state()).toMatchObject({ status: 'closed' });
  });

  it('takes its steps in order', () => {
    spec.given([made]).when(stepCmd('StartReferral')).thenRefuses('REFERRAL_OUT_OF_ORDER');
    spec.given([made, accepted]).when(stepCmd('AcceptReferral')).thenRefuses('REFERRAL_OUT_OF_ORDER');
  });

  it('takes no step once closed', () => {
    spec.given([made, closed]).when(closeCmd()).thenRefuses('REFERRAL_CLOSED');
    spec.given([made, closed]).when(stepCmd('AcceptReferral')).thenRefuses('REFERRAL_CLOSED');
  });

  it('is stepped only by the receiving agency (or a supervisor)', () => {
    const error = spec
      .given([made])
      .when(stepCmd('AcceptReferral', 'FBI'))
      .thenRefuses('REFERRAL_NOT_RECEIVING_AGENCY');
    expect(error.kind).toBe('forbidden');
    spec.given([made]).when(stepCmd('AcceptReferral', undefined)).state();
  });

  it('is closed only with an outcome of the vocabulary', () => {
    spec
      .given([made])
      .when(closeCmd('sentenced' as never))
      .thenRefuses('REFERRAL_UNKNOWN_OUTCOME');
  });

  it('answers not found before it is made', () => {
    expect(spec.given([]).when(closeCmd()).thenRefuses('REFERRAL_NOT_FOUND').kind).toBe('not_found');
  });
});
