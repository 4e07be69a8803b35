import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider } from './directive.decider';
import { acknowledge, EXPIRES, FBI, SUCCESSOR_ID } from './directive.fixtures';
import { issued, rescinded, superseded } from './directive-history.fixtures';

const spec = deciderSpec(directiveDecider);

describe('nothing is acknowledged once a directive has ended', () => {
  it('refuses an acknowledgement of a directive never issued', () => {
    spec.given([]).when(acknowledge(FBI, 'FBI')).thenRefuses('DIRECTIVE_NOT_FOUND');
  });

  it('refuses after rescission', () => {
    const error = spec
      .given([issued, rescinded])
      .when(acknowledge(FBI, 'FBI'))
      .thenRefuses('DIRECTIVE_RESCINDED');
    expect(error.message).toContain('AcknowledgeDirective');
  });

  it('refuses after supersession, naming the successor', () => {
    const error = spec
      .given([issued, superseded])
      .when(acknowledge(FBI, 'FBI'))
      .thenRefuses('DIRECTIVE_SUPERSEDED');
    expect(error.message).toContain(SUCCESSOR_ID);
  });

  it('refuses at the instant of expiry and after it', () => {
    const error = spec
      .given([issued])
      .when(acknowledge(FBI, 'FBI', { now: EXPIRES }))
      .thenRefuses('DIRECTIVE_EXPIRED');
    expect(error.message).toContain(EXPIRES);
    spec
      .given([issued])
      .when(acknowledge(FBI, 'FBI', { now: '2026-07-01T00:00:00Z' }))
      .thenRefuses('DIRECTIVE_EXPIRED');
  });

  it('never lapses a directive without an expiry', () => {
    const { expiresAt: _expiresAt, ...withoutExpiry } = issued.data;
    const open = { type: 'DirectiveIssued' as const, data: withoutExpiry };
    spec
      .given([open])
      .when(acknowledge(FBI, 'FBI', { now: '2030-01-01T00:00:00Z' }))
      .state();
  });
});
