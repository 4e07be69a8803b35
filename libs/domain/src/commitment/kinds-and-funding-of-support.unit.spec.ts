import { deciderSpec } from '../shared/decider-spec';
import { PledgeSupport } from './commands';
import { commitmentDecider } from './commitment.decider';
import { COMMITMENT_ID, pledgeCmd } from './commitment.fixtures';

const spec = deciderSpec(commitmentDecider);
type Kind = PledgeSupport['data']['kind'];
type Appropriation = PledgeSupport['data']['appropriation'];

describe('the support an agency pledges is of a kind the order names', () => {
  it.each(['personnel', 'intelligence', 'logistics', 'operational-support', 'equipment'])(
    'may be %s',
    (kind) => {
      expect(
        spec
          .given([])
          .when(pledgeCmd({ kind: kind as Kind }))
          .state(),
      ).toMatchObject({ kind });
    },
  );

  it('is refused in any other kind, and the refusal names the five', () => {
    const error = spec
      .given([])
      .when(pledgeCmd({ kind: 'catering' as Kind }))
      .thenRefuses('COMMITMENT_UNKNOWN_KIND');
    expect(error.message).toBe(
      `Commitment ${COMMITMENT_ID} is of kind catering; the kinds of support are personnel, intelligence, logistics, operational-support, equipment.`,
    );
  });
});

describe('a pledge is subject to available appropriations', () => {
  it.each(['available', 'pending', 'unfunded'])('and may be %s', (appropriation) => {
    expect(
      spec
        .given([])
        .when(pledgeCmd({ appropriation: appropriation as Appropriation }))
        .state(),
    ).toMatchObject({ appropriation });
  });

  it('is refused with any other appropriation status, and the refusal names the three', () => {
    const error = spec
      .given([])
      .when(pledgeCmd({ appropriation: 'maybe' as Appropriation }))
      .thenRefuses('COMMITMENT_UNKNOWN_APPROPRIATION');
    expect(error.message).toBe(
      `Commitment ${COMMITMENT_ID} has appropriation maybe; it must be one of available, pending, unfunded.`,
    );
  });
});
