import { deciderSpec } from '../shared/decider-spec';
import { forfeitureDecider } from './forfeiture.decider';
import {
  denied,
  denyCmd,
  fileCmd,
  filed,
  FORFEITURE_ID,
  grantCmd,
  granted,
  NOW,
  opened,
  ordered,
  OTHER_PETITION,
  paid,
  payCmd,
  PETITION,
  placed,
  REFERRAL,
  reviewCmd,
  reviewStarted,
  underReview,
  SUPERVISOR,
} from './forfeiture.fixtures';
import { petitionCounts } from './state';
import { MAX_PETITIONS } from './vocabulary';

const spec = deciderSpec(forfeitureDecider);
const base = { forfeitureId: FORFEITURE_ID, taskForce: 'AZ', petitionReference: PETITION };

describe('filing a remission petition', () => {
  it('files it by its reference, with the referral that sent the survivor', () => {
    spec
      .given([opened])
      .when(fileCmd())
      .then([{ type: 'RemissionPetitionFiled', data: { ...base, referralId: REFERRAL, filedAt: NOW } }]);
  });

  it('files it without a referral too; it stands filed', () => {
    const state = spec.given([opened]).when(fileCmd(PETITION, null)).state();
    expect(state.status !== 'none' && state.petitions).toEqual([
      { petitionReference: PETITION, status: 'filed', filedAt: NOW },
    ]);
  });

  it('files each petition once', () => {
    spec.given([opened, filed()]).when(fileCmd()).thenRefuses('FORFEITURE_DUPLICATE_PETITION');
  });

  it('holds a bounded number of petitions', () => {
    const many = Array.from({ length: MAX_PETITIONS }, (_, i) => filed(`REM-${i}`));
    spec
      .given([opened, ...many])
      .when(fileCmd('REM-X1'))
      .thenRefuses('FORFEITURE_TOO_MANY_ITEMS');
  });

  it('is filed by CCHT or a supervisor: the seizing agency and DOJ-MLARS are forbidden', () => {
    spec
      .given([opened])
      .when(fileCmd(PETITION, REFERRAL, SUPERVISOR))
      .then([filed()]);
    for (const agency of ['FBI', 'DOJ-MLARS']) {
      const error = spec
        .given([opened])
        .when(fileCmd(PETITION, REFERRAL, agency))
        .thenRefuses('FORFEITURE_NOT_VICTIM_SERVICES');
      expect(error.kind).toBe('forbidden');
    }
  });

  it.each([
    ['Jane Doe', REFERRAL, 'FORFEITURE_INVALID_REFERENCE'],
    ['REM-BP', REFERRAL, 'FORFEITURE_INVALID_REFERENCE'],
    [PETITION, 'referral-1', 'FORFEITURE_INVALID_REFERRAL'],
    [PETITION, REFERRAL.toUpperCase(), 'FORFEITURE_INVALID_REFERRAL'],
  ])('is refused for %p with referral %p', (reference, referral, code) => {
    spec.given([opened]).when(fileCmd(reference, referral)).thenRefuses(code);
  });
});

describe('reviewing a petition', () => {
  it('takes a filed petition under review', () => {
    spec
      .given([opened, filed()])
      .when(reviewCmd())
      .then([{ type: 'RemissionPetitionReviewStarted', data: { ...base, startedAt: NOW } }]);
  });

  it('reviews a petition once, and only one that was filed', () => {
    spec
      .given([opened, filed(), reviewStarted()])
      .when(reviewCmd())
      .thenRefuses('FORFEITURE_PETITION_NOT_FILED');
    const error = spec
      .given([opened, filed()])
      .when(reviewCmd(OTHER_PETITION))
      .thenRefuses('FORFEITURE_UNKNOWN_PETITION');
    expect(error.kind).toBe('rule');
  });

  it('is done by DOJ-MLARS or a supervisor, not CCHT', () => {
    spec.given([opened, filed()]).when(reviewCmd(PETITION, SUPERVISOR)).then([reviewStarted()]);
    spec
      .given([opened, filed()])
      .when(reviewCmd(PETITION, 'CCHT'))
      .thenRefuses('FORFEITURE_NOT_REMISSION_AUTHORITY');
  });
});

describe('granting a petition', () => {
  it('grants an amount to a petition under review', () => {
    spec
      .given(underReview())
      .when(grantCmd(25_000))
      .then([{ type: 'RemissionPetitionGranted', data: { ...base, amount: 25_000, grantedAt: NOW } }]);
  });

  it('grants only a petition under review', () => {
    spec
      .given([opened, ordered(), placed(100), filed()])
      .when(grantCmd(10))
      .thenRefuses('FORFEITURE_PETITION_NOT_UNDER_REVIEW');
    spec
      .given([...underReview(), granted(10)])
      .when(grantCmd(10))
      .thenRefuses('FORFEITURE_PETITION_NOT_UNDER_REVIEW');
  });

  it('never grants more in all than is in the pool, to the cent', () => {
    const history = [
      ...underReview(),
      filed(OTHER_PETITION),
      reviewStarted(OTHER_PETITION),
      granted(600_000, OTHER_PETITION),
    ];
    spec
      .given(history)
      .when(grantCmd(400_000))
      .then([{ type: 'RemissionPetitionGranted', data: { ...base, amount: 400_000, grantedAt: NOW } }]);
    const error = spec.given(history).when(grantCmd(400_000.01)).thenRefuses('FORFEITURE_EXCEEDS_POOL');
    expect(error.message).toContain('$400,000.00 left to grant');
  });

  it('grants nothing before money is in the pool', () => {
    spec.given([opened, filed(), reviewStarted()]).when(grantCmd(1)).thenRefuses('FORFEITURE_EXCEEDS_POOL');
  });

  it('is refused for an amount that is not dollars and cents', () => {
    spec.given(underReview()).when(grantCmd(0)).thenRefuses('FORFEITURE_INVALID_AMOUNT');
    spec.given(underReview()).when(grantCmd(1.111)).thenRefuses('FORFEITURE_INVALID_AMOUNT');
  });

  it('is done by DOJ-MLARS or a supervisor, not the seizing agency', () => {
    spec
      .given(underReview())
      .when(grantCmd(10, PETITION, SUPERVISOR))
      .then([granted(10)]);
    spec
      .given(underReview())
      .when(grantCmd(10, PETITION, 'FBI'))
      .thenRefuses('FORFEITURE_NOT_REMISSION_AUTHORITY');
  });
});

describe('denying a petition', () => {
  it('denies a petition under review, with the reason', () => {
    spec.given(underReview()).when(denyCmd()).then([denied()]);
  });

  it('needs a reason', () => {
    spec.given(underReview()).when(denyCmd(' ')).thenRefuses('FORFEITURE_BLANK_FIELD');
    spec.given(underReview()).when(denyCmd('Not\u0007shown')).thenRefuses('FORFEITURE_INVALID_TEXT');
  });

  it('denies only a petition under review: not one filed, granted or denied', () => {
    spec.given([opened, filed()]).when(denyCmd()).thenRefuses('FORFEITURE_PETITION_NOT_UNDER_REVIEW');
    spec
      .given([...underReview(), granted(10)])
      .when(denyCmd())
      .thenRefuses('FORFEITURE_PETITION_NOT_UNDER_REVIEW');
    spec
      .given([...underReview(), denied()])
      .when(denyCmd())
      .thenRefuses('FORFEITURE_PETITION_NOT_UNDER_REVIEW');
  });

  it('is done by DOJ-MLARS or a supervisor', () => {
    spec
      .given(underReview())
      .when(denyCmd(undefined, PETITION, 'CCHT'))
      .thenRefuses('FORFEITURE_NOT_REMISSION_AUTHORITY');
  });
});

describe('paying a granted petition', () => {
  it('pays the amount granted, under the payment’s reference', () => {
    spec
      .given([...underReview(), granted(25_000)])
      .when(payCmd())
      .then([
        {
          type: 'RemissionPetitionPaid',
          data: { ...base, amount: 25_000, paymentReference: 'TREAS-2026-004417', paidAt: NOW },
        },
      ]);
  });

  it('pays a granted petition once, and no petition that was not granted', () => {
    spec
      .given([...underReview(), granted(10), paid(10)])
      .when(payCmd())
      .thenRefuses('FORFEITURE_PETITION_NOT_GRANTED');
    spec.given(underReview()).when(payCmd()).thenRefuses('FORFEITURE_PETITION_NOT_GRANTED');
    spec
      .given([...underReview(), denied()])
      .when(payCmd())
      .thenRefuses('FORFEITURE_PETITION_NOT_GRANTED');
    spec.given(underReview()).when(payCmd(OTHER_PETITION)).thenRefuses('FORFEITURE_UNKNOWN_PETITION');
  });

  it('never pays more in all than is in the pool, whatever the history holds', () => {
    // A history no decider writes (a grant beyond the pool): the payment is still refused.
    spec
      .given([opened, ordered(), placed(100), filed(), reviewStarted(), granted(150)])
      .when(payCmd())
      .thenRefuses('FORFEITURE_EXCEEDS_POOL');
  });

  it('is refused under a reference that is not one', () => {
    spec
      .given([...underReview(), granted(10)])
      .when(payCmd(PETITION, 'wire transfer'))
      .thenRefuses('FORFEITURE_INVALID_REFERENCE');
  });

  it('is done by DOJ-MLARS or a supervisor', () => {
    spec
      .given([...underReview(), granted(10)])
      .when(payCmd(PETITION, 'TREAS-2026-004417', SUPERVISOR))
      .then([paid(10)]);
    spec
      .given([...underReview(), granted(10)])
      .when(payCmd(PETITION, 'TREAS-2026-004417', 'CCHT'))
      .thenRefuses('FORFEITURE_NOT_REMISSION_AUTHORITY');
  });
});

describe('the tiers of the ledger', () => {
  it('are kept apart: a dollar paid is also granted, in the pool, forfeited and seized', () => {
    const state = spec
      .given([
        ...underReview(),
        filed(OTHER_PETITION),
        reviewStarted(OTHER_PETITION),
        granted(25_000.25),
        denied(OTHER_PETITION),
      ])
      .when(payCmd())
      .state();
    expect(state).toMatchObject({
      totals: {
        seized: 2_000_000.5,
        forfeited: 1_800_000,
        inPool: 1_000_000,
        granted: 25_000.25,
        paid: 25_000.25,
      },
    });
    expect(petitionCounts(state)).toEqual({ filed: 0, 'under-review': 0, granted: 0, denied: 1, paid: 1 });
    expect(state.status !== 'none' && state.petitions[0]).toEqual({
      petitionReference: PETITION,
      referralId: REFERRAL,
      status: 'paid',
      filedAt: NOW,
      amountGranted: 25_000.25,
      paymentReference: 'TREAS-2026-004417',
    });
  });
});
