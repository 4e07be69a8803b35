import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider } from './directive.decider';
import { ACK_BY, amend, issue, NOW } from './directive.fixtures';
import { issued } from './directive-history.fixtures';

const spec = deciderSpec(directiveDecider);

describe('a directive’s times and words are what every read model can keep', () => {
  it('refuses an effective time in the year 0000, which froze the state board for good', () => {
    const error = spec
      .given([])
      .when(issue({ effectiveAt: '0000-01-01T00:00:00Z' }))
      .thenRefuses('DIRECTIVE_INVALID_INSTANT');
    expect(error.message).toContain('outside 1970-01-01T00:00:00Z to 2200-01-01T00:00:00Z');
  });

  it('refuses an expiry past 2200 and a deadline on 30 February', () => {
    spec
      .given([])
      .when(issue({ expiresAt: '2201-01-01T00:00:00Z' }))
      .thenRefuses('DIRECTIVE_INVALID_INSTANT');
    spec
      .given([])
      .when(issue({ acknowledgeBy: '2026-02-30T00:00:00Z' }))
      .thenRefuses('DIRECTIVE_INVALID_INSTANT');
  });

  it('refuses an acknowledge-by time that is not after now, even when after the effective time', () => {
    const command = issue({}, { now: '2026-03-05T00:00:00.000Z' });
    const error = spec.given([]).when(command).thenRefuses('DIRECTIVE_ACKNOWLEDGE_BY_NOT_AHEAD');
    expect(error.message).toContain(`${ACK_BY}, which is not after now`);
  });

  it('refuses an amendment whose new deadline has passed, but keeps a passed deadline it does not move', () => {
    spec
      .given([issued])
      .when(amend({ acknowledgeBy: '2026-03-03T08:00:00.000Z' }))
      .thenRefuses('DIRECTIVE_ACKNOWLEDGE_BY_NOT_AHEAD');
    expect(
      spec
        .given([issued])
        .when(amend({ priority: 'flash' }))
        .state(),
    ).toMatchObject({ revision: 2 });
    expect(Date.parse(NOW)).toBeGreaterThan(Date.parse('2026-03-03T08:00:00.000Z'));
  });

  it.each([
    ['title', { title: 'Surge\u202e on I-35' }, 'U+202E'],
    ['title', { title: 'Surge\non I-35' }, 'U+000A'],
    ['authority', { authority: 'EO 14159\u200b' }, 'U+200B'],
    ['body', { body: 'Report\u0007 daily.' }, 'U+0007'],
    ['body', { body: 'Report \uD800 daily.' }, 'lone surrogate'],
    ['title', { title: 'Ope\u0301ration' }, 'normal form C'],
  ])('refuses a %s that is not proper text (%j)', (_field, overrides, named) => {
    const error = spec.given([]).when(issue(overrides)).thenRefuses('DIRECTIVE_INVALID_TEXT');
    expect(error.message).toContain(named);
  });

  it('keeps a body over several lines', () => {
    expect(
      spec
        .given([])
        .when(issue({ body: 'Day one: Laredo.\nDay two: San Antonio.' }))
        .state(),
    ).toMatchObject({ status: 'issued' });
  });
});
