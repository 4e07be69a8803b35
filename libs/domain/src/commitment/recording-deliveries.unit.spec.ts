import { deciderSpec } from '../shared/decider-spec';
import { commitmentDecider } from './commitment.decider';
import { AGENCY, COMMITMENT_ID, deliverCmd, NOW } from './commitment.fixtures';
import { deliveredEvent, pledged } from './commitment-history.fixtures';
import { delivered, remaining } from './quantities';

const spec = deciderSpec(commitmentDecider);

describe('the pledging agency records what it delivered, in parts that add up', () => {
  it('records a partial delivery', () => {
    const when = spec.given([pledged]).when(deliverCmd({ note: 'Reported to the Laredo field office.' }));
    when.then([
      {
        type: 'SupportDelivered',
        data: {
          commitmentId: COMMITMENT_ID,
          agency: AGENCY,
          deliveryId: 'FBI-SA-2026-031',
          quantity: 4,
          unit: 'agents',
          deliveredAt: '2026-04-14T08:00:00.000Z',
          note: 'Reported to the Laredo field office.',
          recordedAt: NOW,
        },
      },
    ]);
    expect(delivered(when.state())).toBe(4);
    expect(remaining(when.state())).toBe(8);
  });

  it('adds deliveries up to the full pledge', () => {
    const when = spec
      .given([pledged, deliveredEvent('d1', 4), deliveredEvent('d2', 5)])
      .when(deliverCmd({ quantity: 3 }));
    expect(delivered(when.state())).toBe(12);
    expect(remaining(when.state())).toBe(0);
  });

  it('does not count rounding as too much', () => {
    const hours = { ...pledged, data: { ...pledged.data, quantity: 0.3, unit: 'analyst-hours' } };
    const when = spec.given([hours, deliveredEvent('d1', 0.1)]).when(deliverCmd({ quantity: 0.2 }));
    expect(remaining(when.state())).toBe(0);
  });

  it('accepts a delivery made at the very moment of recording', () => {
    const decision = commitmentDecider.decide(
      deliverCmd({ deliveredAt: NOW }),
      commitmentDecider.evolve(commitmentDecider.initialState, pledged),
    );
    expect(decision.ok).toBe(true);
  });

  it('may be recorded by the command centre on the agency’s behalf', () => {
    expect(delivered(spec.given([pledged]).when(deliverCmd({}, undefined)).state())).toBe(4);
  });

  it('is refused beyond what was pledged', () => {
    const error = spec
      .given([pledged, deliveredEvent('d1', 10)])
      .when(deliverCmd({ quantity: 3 }))
      .thenRefuses('COMMITMENT_EXCEEDS_PLEDGE');
    expect(error.message).toContain('12 agents pledged, 10 delivered, 2 remaining');
  });

  it('is refused once everything was delivered', () => {
    spec
      .given([pledged, deliveredEvent('d1', 12)])
      .when(deliverCmd({ quantity: 1 }))
      .thenRefuses('COMMITMENT_EXCEEDS_PLEDGE');
  });

  it('is refused for a delivery id already recorded', () => {
    const error = spec
      .given([pledged, deliveredEvent('FBI-SA-2026-031', 4)])
      .when(deliverCmd())
      .thenRefuses('COMMITMENT_DUPLICATE_DELIVERY');
    expect(error.message).toContain('FBI-SA-2026-031');
  });

  it('is refused to another agency’s liaison', () => {
    spec.given([pledged]).when(deliverCmd({}, 'ICE-HSI')).thenRefuses('COMMITMENT_NOT_PLEDGING_AGENCY');
  });

  it.each([[0], [-1], [Number.NaN]])('is refused for a quantity of %s', (quantity) => {
    spec.given([pledged]).when(deliverCmd({ quantity })).thenRefuses('COMMITMENT_INVALID_QUANTITY');
  });

  it('is refused without a delivery id', () => {
    spec
      .given([pledged])
      .when(deliverCmd({ deliveryId: '' }))
      .thenRefuses('COMMITMENT_BLANK_FIELD');
  });

  it('is refused with a delivery time that is not an instant', () => {
    spec
      .given([pledged])
      .when(deliverCmd({ deliveredAt: 'yesterday' }))
      .thenRefuses('COMMITMENT_INVALID_DELIVERED_AT');
  });

  it('is refused for a delivery dated in the future', () => {
    spec
      .given([pledged])
      .when(deliverCmd({ deliveredAt: '2026-04-16T08:00:00.000Z' }))
      .thenRefuses('COMMITMENT_DELIVERY_IN_FUTURE');
  });
});
