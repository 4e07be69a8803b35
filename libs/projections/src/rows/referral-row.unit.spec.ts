import { ReferralEvent } from '@hstf/domain';
import { evolveReferralRow } from './referral-row';

const AT = '2026-05-02T10:00:00Z';
const step = {
  referralId: 'r-1',
  receivingAgency: 'DOL-OIG',
  taskForce: 'TX',
  channel: 'restitution' as const,
};
const made: ReferralEvent = {
  type: 'ReferralMade',
  data: { ...step, caseReference: 'DOL-OIG-RST-2026-12', referringAgency: 'FBI', madeAt: AT },
};

describe('the row of a referral', () => {
  it('folds the referral as the domain does, keeping when it was made', () => {
    const row = [
      made,
      { type: 'ReferralAccepted', data: { ...step, acceptedAt: AT } } as ReferralEvent,
      {
        type: 'ReferralClosed',
        data: { ...step, outcome: 'restitution-recovered', closedAt: AT },
      } as ReferralEvent,
    ].reduce(evolveReferralRow, undefined);
    expect(row).toMatchObject({
      status: 'closed',
      outcome: 'restitution-recovered',
      madeAt: AT,
      taskForce: 'TX',
    });
  });

  it('is no row for a step of a referral it never saw made', () => {
    expect(
      evolveReferralRow(undefined, { type: 'ReferralStarted', data: { ...step, startedAt: AT } }),
    ).toBeUndefined();
  });
});
