import type { CommitmentEvent } from '@hstf/domain';
import { AT, errorsOf, UUID_A, withData } from './registry-check.fixtures';

const commitmentId = UUID_A;
const period = { from: '2026-03-01T00:00:00Z', to: '2026-06-30T23:59:59Z' };
const samples: CommitmentEvent[] = [
  {
    type: 'SupportPledged',
    data: {
      commitmentId,
      agency: 'FBI',
      taskForce: 'TX',
      kind: 'personnel',
      quantity: 12,
      unit: 'special agents',
      period,
      appropriation: 'pending',
      pledgedAt: AT,
    },
  },
  {
    type: 'SupportDelivered',
    data: {
      commitmentId,
      agency: 'FBI',
      deliveryId: 'FBI-SA-2026-031',
      quantity: 4.5,
      unit: 'special agents',
      deliveredAt: '2026-03-01T08:00Z',
      note: '',
      recordedAt: AT,
    },
  },
  {
    type: 'CommitmentAdjusted',
    data: {
      commitmentId,
      agency: 'FBI',
      appropriation: 'available',
      reason: 'FY26 supplemental.',
      adjustedAt: AT,
    },
  },
  {
    type: 'CommitmentWithdrawn',
    data: { commitmentId, agency: 'FBI', reason: 'Recalled.', withdrawnAt: AT },
  },
];

describe('support commitment event schemas', () => {
  it.each(samples.map((e) => [e.type, e] as const))('accept a %s as the decider writes it', (_, event) => {
    expect(errorsOf(event)).toEqual([]);
  });

  it('refuse a quantity that is not positive and an unknown kind or appropriation status', () => {
    const bad = withData(samples[0], { quantity: 0, kind: 'money', appropriation: 'maybe' });
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['kind', 'quantity', 'appropriation']);
  });

  it('refuse a period that ends before it starts', () => {
    const bad = withData(samples[2], { period: { from: period.to, to: period.from } });
    expect(errorsOf(bad)).toEqual([{ path: 'period.to', reason: 'must end after it starts' }]);
  });
});
