import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider } from './directive.decider';
import { ACK_BY, EFFECTIVE, issue } from './directive.fixtures';

const spec = deciderSpec(directiveDecider);

describe('a directive is addressed to at least one state or agency, each named once', () => {
  it('refuses a directive addressed to nobody', () => {
    spec
      .given([])
      .when(issue({ addressees: { states: [], agencies: [] } }))
      .thenRefuses('DIRECTIVE_NO_ADDRESSEES');
  });

  it('refuses codes that are not states', () => {
    const command = issue({ addressees: { states: ['TX', 'XX', 'tx'], agencies: [] } });
    const error = spec.given([]).when(command).thenRefuses('DIRECTIVE_UNKNOWN_STATE');
    expect(error.message).toContain(': XX, tx.');
  });

  it('refuses malformed agency codes', () => {
    const command = issue({ addressees: { states: [], agencies: ['FBI', 'ice hsi'] } });
    expect(spec.given([]).when(command).thenRefuses('DIRECTIVE_INVALID_AGENCY_CODE').message).toContain(
      'ice hsi',
    );
  });

  it('refuses a state or an agency named twice', () => {
    const command = issue({ addressees: { states: ['TX', 'AZ', 'TX'], agencies: ['FBI', 'FBI', 'FBI'] } });
    const error = spec.given([]).when(command).thenRefuses('DIRECTIVE_DUPLICATE_ADDRESSEE');
    expect(error.message).toContain(': TX, FBI.');
  });
});

describe('a directive gives addressees time to acknowledge it before it lapses', () => {
  it.each([
    ['effectiveAt', 'tomorrow'],
    ['acknowledgeBy', '2026-03-04'],
    ['expiresAt', '2026-02-30T25:00:00Z'],
  ] as const)('refuses %s %s, not an instant', (field, value) => {
    const error = spec
      .given([])
      .when(issue({ [field]: value }))
      .thenRefuses('DIRECTIVE_INVALID_INSTANT');
    expect(error.message).toContain(value);
  });

  it.each([[EFFECTIVE], ['2026-03-01T00:00:00Z']])(
    'refuses acknowledgement by %s, not after it takes effect',
    (acknowledgeBy) => {
      spec
        .given([])
        .when(issue({ acknowledgeBy }))
        .thenRefuses('DIRECTIVE_ACKNOWLEDGE_BY_NOT_AFTER_EFFECTIVE');
    },
  );

  it.each([[EFFECTIVE], ['2026-03-01T19:00:00-05:00']])(
    'refuses expiry at %s, not after it takes effect',
    (expiresAt) => {
      spec.given([]).when(issue({ expiresAt })).thenRefuses('DIRECTIVE_EXPIRY_NOT_AFTER_EFFECTIVE');
    },
  );

  it('refuses an acknowledgement deadline after expiry, and accepts one at expiry', () => {
    const lapsing = issue({ expiresAt: '2026-03-03T00:00:00Z' });
    spec.given([]).when(lapsing).thenRefuses('DIRECTIVE_ACKNOWLEDGE_BY_AFTER_EXPIRY');
    spec
      .given([])
      .when(issue({ expiresAt: ACK_BY }))
      .state();
  });
});
