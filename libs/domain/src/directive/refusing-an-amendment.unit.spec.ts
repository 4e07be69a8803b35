import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider } from './directive.decider';
import { amend, EFFECTIVE, EXPIRES } from './directive.fixtures';
import { issued, rescinded, superseded } from './directive-history.fixtures';

const spec = deciderSpec(directiveDecider);

describe('an amendment is refused', () => {
  it.each([
    ['nothing', {}],
    ['only restated terms', { body: issued.data.body, expiresAt: EXPIRES }],
    ['empty addressee lists', { addressees: { states: [] } }],
  ])('when it changes %s', (_what, changes) => {
    spec.given([issued]).when(amend(changes)).thenRefuses('DIRECTIVE_NO_CHANGES');
  });

  it.each([
    ['reason for amending', amend({ title: 'New' }, '')],
    ['title', amend({ title: ' ' })],
    ['body', amend({ body: '' })],
  ])('with a blank %s', (field, command) => {
    expect(spec.given([issued]).when(command).thenRefuses('DIRECTIVE_BLANK_FIELD').message).toContain(field);
  });

  it.each([
    ['DIRECTIVE_INVALID_PRIORITY', { priority: 'low' as never }],
    ['DIRECTIVE_INVALID_INSTANT', { acknowledgeBy: 'Friday' }],
    ['DIRECTIVE_INVALID_INSTANT', { expiresAt: '2026-09-30' }],
    ['DIRECTIVE_UNKNOWN_STATE', { addressees: { states: ['ZZ'] } }],
    ['DIRECTIVE_INVALID_AGENCY_CODE', { addressees: { agencies: ['dea'] } }],
    ['DIRECTIVE_DUPLICATE_ADDRESSEE', { addressees: { agencies: ['DEA', 'DEA'] } }],
    ['DIRECTIVE_ALREADY_ADDRESSED', { addressees: { states: ['NM', 'TX'], agencies: ['CBP'] } }],
    ['DIRECTIVE_ACKNOWLEDGE_BY_NOT_AFTER_EFFECTIVE', { acknowledgeBy: EFFECTIVE }],
    ['DIRECTIVE_ACKNOWLEDGE_BY_AFTER_EXPIRY', { acknowledgeBy: '2026-07-01T00:00:00Z' }],
    ['DIRECTIVE_ACKNOWLEDGE_BY_AFTER_EXPIRY', { expiresAt: '2026-03-03T00:00:00Z' }],
    ['DIRECTIVE_EXPIRY_NOT_AFTER_EFFECTIVE', { expiresAt: '2026-03-01T00:00:00Z' }],
  ])('with %s for %j', (code, changes) => {
    spec.given([issued]).when(amend(changes)).thenRefuses(code);
  });

  it('naming the state and agency already addressed', () => {
    const command = amend({ addressees: { states: ['NM', 'TX'], agencies: ['CBP'] } });
    expect(spec.given([issued]).when(command).thenRefuses('DIRECTIVE_ALREADY_ADDRESSED').message).toContain(
      'TX, CBP.',
    );
  });

  it('for a directive never issued, rescinded or superseded', () => {
    spec
      .given([])
      .when(amend({ title: 'New' }))
      .thenRefuses('DIRECTIVE_NOT_FOUND');
    spec
      .given([issued, rescinded])
      .when(amend({ title: 'New' }))
      .thenRefuses('DIRECTIVE_RESCINDED');
    spec
      .given([issued, superseded])
      .when(amend({ title: 'New' }))
      .thenRefuses('DIRECTIVE_SUPERSEDED');
  });
});
