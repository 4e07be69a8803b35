import { deciderSpec } from '../shared/decider-spec';
import { AdjustCommitment } from './commands';
import { commitmentDecider } from './commitment.decider';
import { adjustCmd, AGENCY, COMMITMENT_ID, NOW, PERIOD } from './commitment.fixtures';
import { deliveredEvent, pledged } from './commitment-history.fixtures';
import { remaining } from './quantities';

const spec = deciderSpec(commitmentDecider);
const REASON = 'FY26 supplemental enacted.';
const adjusted = (changes: object) => ({
  type: 'CommitmentAdjusted' as const,
  data: { commitmentId: COMMITMENT_ID, agency: AGENCY, ...changes, reason: REASON, adjustedAt: NOW },
});

describe('the pledging agency adjusts its commitment, with a reason', () => {
  it('raises the quantity and funds it in one adjustment', () => {
    const when = spec.given([pledged]).when(adjustCmd({ quantity: 20, appropriation: 'available' }));
    when.then([adjusted({ quantity: 20, appropriation: 'available' })]);
    expect(when.state()).toMatchObject({ quantity: 20, appropriation: 'available', period: PERIOD });
  });

  it('moves the period', () => {
    const period = { from: PERIOD.from, to: '2026-09-30T23:59:59.000Z' };
    const when = spec.given([pledged]).when(adjustCmd({ period }));
    when.then([adjusted({ period })]);
    expect(when.state()).toMatchObject({ quantity: 12, appropriation: 'pending', period });
  });

  it('lowers the quantity to exactly what was delivered', () => {
    const when = spec.given([pledged, deliveredEvent('d1', 7)]).when(adjustCmd({ quantity: 7 }));
    expect(remaining(when.state())).toBe(0);
  });

  it('records only what changes when values are restated', () => {
    const restated = { quantity: 12, appropriation: 'unfunded', period: { ...PERIOD } } as const;
    spec
      .given([pledged])
      .when(adjustCmd(restated))
      .then([adjusted({ appropriation: 'unfunded' })]);
  });

  it('may be recorded by the command centre on the agency’s behalf', () => {
    spec
      .given([pledged])
      .when(adjustCmd({ quantity: 10 }, undefined))
      .then([adjusted({ quantity: 10 })]);
  });

  it('is refused below what was already delivered', () => {
    const error = spec
      .given([pledged, deliveredEvent('d1', 7)])
      .when(adjustCmd({ quantity: 5 }))
      .thenRefuses('COMMITMENT_BELOW_DELIVERED');
    expect(error.message).toContain('7 agents were already delivered');
  });

  it('is refused when it changes nothing', () => {
    spec.given([pledged]).when(adjustCmd({})).thenRefuses('COMMITMENT_NO_CHANGE');
    const sameInstant = { from: '2026-03-01T00:00:00Z', to: '2026-06-30T23:59:59Z' };
    spec
      .given([pledged])
      .when(adjustCmd({ quantity: 12, period: sameInstant }))
      .thenRefuses('COMMITMENT_NO_CHANGE');
  });

  it('is refused without a reason', () => {
    spec
      .given([pledged])
      .when(adjustCmd({ quantity: 20, reason: '' }))
      .thenRefuses('COMMITMENT_BLANK_FIELD');
  });

  it.each([[0], [-4], [Number.POSITIVE_INFINITY]])('is refused for a quantity of %s', (quantity) => {
    spec.given([pledged]).when(adjustCmd({ quantity })).thenRefuses('COMMITMENT_INVALID_QUANTITY');
  });

  it('is refused for an unknown appropriation status', () => {
    const appropriation = 'rescinded' as AdjustCommitment['data']['appropriation'];
    spec.given([pledged]).when(adjustCmd({ appropriation })).thenRefuses('COMMITMENT_UNKNOWN_APPROPRIATION');
  });

  it('is refused for a period that ends before it starts', () => {
    const period = { from: PERIOD.to, to: PERIOD.from };
    spec.given([pledged]).when(adjustCmd({ period })).thenRefuses('COMMITMENT_INVALID_PERIOD');
  });

  it('is refused to another agency’s liaison', () => {
    spec
      .given([pledged])
      .when(adjustCmd({ quantity: 20 }, 'DEA'))
      .thenRefuses('COMMITMENT_NOT_PLEDGING_AGENCY');
  });
});
