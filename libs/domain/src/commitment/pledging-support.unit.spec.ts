import { deciderSpec } from '../shared/decider-spec';
import { PledgeSupport } from './commands';
import { commitmentDecider } from './commitment.decider';
import { AGENCY, COMMITMENT_ID, NOW, PERIOD, pledgeCmd } from './commitment.fixtures';
import { pledged } from './commitment-history.fixtures';

const spec = deciderSpec(commitmentDecider);

describe('an agency pledges support to a task force, subject to available appropriations', () => {
  it('records the kind, the quantity and unit, the period and the appropriation status', () => {
    const when = spec.given([]).when(pledgeCmd({ note: 'Two of them Spanish-speaking.' }));
    when.then([
      {
        type: 'SupportPledged',
        data: {
          commitmentId: COMMITMENT_ID,
          agency: AGENCY,
          taskForce: 'TX',
          kind: 'personnel',
          quantity: 12,
          unit: 'agents',
          period: PERIOD,
          appropriation: 'pending',
          note: 'Two of them Spanish-speaking.',
          pledgedAt: NOW,
        },
      },
    ]);
    expect(when.state()).toMatchObject({ status: 'pledged', quantity: 12, deliveries: [] });
  });

  it('leaves the note out when there is none', () => {
    const decision = commitmentDecider.decide(pledgeCmd(), commitmentDecider.initialState);
    expect(decision.ok && decision.events[0].data).not.toHaveProperty('note');
  });

  it('may be recorded by the command centre on the agency’s behalf', () => {
    expect(spec.given([]).when(pledgeCmd({}, undefined)).state().status).toBe('pledged');
  });

  it.each([
    ['intelligence', 320, 'analyst-hours'],
    ['equipment', 6, 'vehicles'],
    ['logistics', 1.5, 'flight-hours'],
  ])('accepts %s support of %s %s', (kind, quantity, unit) => {
    const command = pledgeCmd({ kind: kind as PledgeSupport['data']['kind'], quantity, unit });
    expect(spec.given([]).when(command).state()).toMatchObject({ kind, quantity, unit });
  });

  it('is refused once pledged', () => {
    spec.given([pledged]).when(pledgeCmd()).thenRefuses('COMMITMENT_ALREADY_PLEDGED');
  });

  it('is refused to another agency’s liaison', () => {
    const error = spec.given([]).when(pledgeCmd({}, 'CBP')).thenRefuses('COMMITMENT_NOT_PLEDGING_AGENCY');
    expect(error.message).toContain('acts for CBP');
  });

  it('is refused for a malformed agency code', () => {
    spec
      .given([])
      .when(pledgeCmd({ agency: 'the FBI' }, undefined))
      .thenRefuses('COMMITMENT_INVALID_AGENCY_CODE');
  });

  it('is refused for a task force that is not a state', () => {
    spec
      .given([])
      .when(pledgeCmd({ taskForce: 'ZZ' }))
      .thenRefuses('COMMITMENT_UNKNOWN_TASK_FORCE');
  });

  it('is refused for a kind of support the order does not name', () => {
    const command = pledgeCmd({ kind: 'catering' as PledgeSupport['data']['kind'] });
    expect(spec.given([]).when(command).thenRefuses('COMMITMENT_UNKNOWN_KIND').message).toContain('catering');
  });

  it('is refused for an unknown appropriation status', () => {
    const command = pledgeCmd({ appropriation: 'maybe' as PledgeSupport['data']['appropriation'] });
    spec.given([]).when(command).thenRefuses('COMMITMENT_UNKNOWN_APPROPRIATION');
  });

  it.each([[0], [-3], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'is refused for a quantity of %s',
    (quantity) => {
      spec.given([]).when(pledgeCmd({ quantity })).thenRefuses('COMMITMENT_INVALID_QUANTITY');
    },
  );

  it('is refused without a unit', () => {
    spec
      .given([])
      .when(pledgeCmd({ unit: ' ' }))
      .thenRefuses('COMMITMENT_BLANK_FIELD');
  });

  it.each([
    ['ending when it starts', { from: PERIOD.from, to: PERIOD.from }],
    ['ending before it starts', { from: PERIOD.to, to: PERIOD.from }],
    ['given as dates only', { from: '2026-03-01', to: '2026-06-30' }],
  ])('is refused for a period %s', (_case, period) => {
    spec.given([]).when(pledgeCmd({ period })).thenRefuses('COMMITMENT_INVALID_PERIOD');
  });
});
