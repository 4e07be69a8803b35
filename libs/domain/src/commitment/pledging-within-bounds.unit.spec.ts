import { deciderSpec } from '../shared/decider-spec';
import { commitmentDecider } from './commitment.decider';
import { AGENCY, pledgeCmd } from './commitment.fixtures';

const spec = deciderSpec(commitmentDecider);

describe('a pledge goes only to an established task force the agency is a member of', () => {
  it('is refused when the agency is not among its members', () => {
    const error = spec
      .given([])
      .when(pledgeCmd({ context: { taskForceMembers: ['DOJ', 'DHS', 'CBP'] } }))
      .thenRefuses('COMMITMENT_NOT_A_MEMBER');
    expect(error.message).toContain(`${AGENCY} is not a member agency of an established TX task force`);
  });

  it('is refused when the task force is not established (it has no members)', () => {
    spec
      .given([])
      .when(pledgeCmd({ taskForce: 'WY', context: { taskForceMembers: [] } }))
      .thenRefuses('COMMITMENT_NOT_A_MEMBER');
  });

  it('is refused on the command centre’s record too: it transcribes the agency’s word, not another', () => {
    spec
      .given([])
      .when(pledgeCmd({ context: { taskForceMembers: [] } }, undefined))
      .thenRefuses('COMMITMENT_NOT_A_MEMBER');
  });
});

describe('the quantities and words of a pledge are what every read model can keep and group on', () => {
  it.each([1e308, 5e-324, Number.MAX_VALUE, 0.0001])('refuses a quantity of %s', (quantity) => {
    spec.given([]).when(pledgeCmd({ quantity })).thenRefuses('COMMITMENT_INVALID_QUANTITY');
  });

  it('refuses a unit with a zero-width space, which would be a look-alike group in the totals', () => {
    const error = spec
      .given([])
      .when(pledgeCmd({ unit: 'agents\u200b' }))
      .thenRefuses('COMMITMENT_INVALID_TEXT');
    expect(error.message).toContain('U+200B');
  });

  it('refuses a note with a NUL, and a period outside the years the read models store', () => {
    spec
      .given([])
      .when(pledgeCmd({ note: 'a\u0000b' }))
      .thenRefuses('COMMITMENT_INVALID_TEXT');
    spec
      .given([])
      .when(pledgeCmd({ period: { from: '0000-01-01T00:00:00Z', to: '2026-06-30T00:00:00Z' } }))
      .thenRefuses('COMMITMENT_INVALID_PERIOD');
  });
});
