import type { ForfeitureEvent } from '@hstf/domain';
import { AT, errorsOf, UUID_A, UUID_B, withData } from './registry-check.fixtures';

const base = { forfeitureId: UUID_A, taskForce: 'AZ' };
const petition = { ...base, petitionReference: 'REM-BP-2026-000123' };
const samples: ForfeitureEvent[] = [
  {
    type: 'ForfeitureOpened',
    data: {
      ...base,
      caseReference: 'CR-18-00422-PHX-DJH',
      court: 'azd',
      seizingAgency: 'FBI',
      assets: [
        { kind: 'financial-account', value: 1_250_000.5, description: 'Funds in a business account' },
        { kind: 'digital-asset', value: 0.29 },
      ],
      amountSeized: 1_250_000.79,
      openedAt: AT,
    },
  },
  {
    type: 'ForfeitureOrdered',
    data: { ...base, orderReference: 'ECF-2044', amountForfeited: 1_000_000, orderedAt: AT },
  },
  {
    type: 'PlacedInRemissionPool',
    data: { ...base, placementReference: 'AFF-2026-000731', amount: 500_000.01, placedAt: AT },
  },
  { type: 'RemissionPetitionFiled', data: { ...petition, referralId: UUID_B, filedAt: AT } },
  { type: 'RemissionPetitionFiled', data: { ...petition, filedAt: AT } },
  { type: 'RemissionPetitionReviewStarted', data: { ...petition, startedAt: AT } },
  { type: 'RemissionPetitionGranted', data: { ...petition, amount: 25_000, grantedAt: AT } },
  {
    type: 'RemissionPetitionDenied',
    data: { ...petition, reason: 'The loss is not shown to result from the offense.', deniedAt: AT },
  },
  {
    type: 'RemissionPetitionPaid',
    data: { ...petition, amount: 25_000, paymentReference: 'TREAS-2026-004417', paidAt: AT },
  },
];

describe('forfeiture event schemas', () => {
  it.each(samples.map((e) => [e.type, e] as const))('accept a %s as the decider writes it', (_, event) => {
    expect(errorsOf(event)).toEqual([]);
  });

  it('refuse amounts that are not dollars and cents, and an unknown asset kind', () => {
    const bad = withData(samples[0], {
      assets: [{ kind: 'art', value: 1.001 }],
      amountSeized: 0,
    });
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['assets[0].kind', 'assets[0].value', 'amountSeized']);
  });

  it('refuse a reference that is not one, a court that is not a PACER id, and a referral that is not a uuid', () => {
    expect(
      new Set(
        errorsOf(withData(samples[0], { caseReference: 'Jane Doe', court: 'D. Ariz.' })).map((e) => e.path),
      ),
    ).toEqual(new Set(['caseReference', 'court']));
    expect(errorsOf(withData(samples[3], { referralId: 'referral-1' })).map((e) => e.path)).toEqual([
      'referralId',
    ]);
    expect(errorsOf(withData(samples[5], { petitionReference: 'REM-BP' })).map((e) => e.path)).toEqual([
      'petitionReference',
    ]);
  });

  it('refuse a field the domain does not write: no name of a petitioner slips in', () => {
    expect(errorsOf(withData(samples[3], { petitioner: 'Jane Doe' })).length).toBeGreaterThan(0);
  });
});
