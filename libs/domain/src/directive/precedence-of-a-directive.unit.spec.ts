import { deciderSpec } from '../shared/decider-spec';
import { DirectivePriority } from './commands';
import { directiveDecider } from './directive.decider';
import { DIRECTIVE_ID, issue } from './directive.fixtures';

const spec = deciderSpec(directiveDecider);

describe('a directive has the precedence of a military message', () => {
  it.each(['routine', 'priority', 'immediate', 'flash'])('may be %s', (priority) => {
    expect(
      spec
        .given([])
        .when(issue({ priority: priority as DirectivePriority }))
        .state(),
    ).toMatchObject({ priority });
  });

  it('has no other, and the refusal lists the four, lowest first', () => {
    const error = spec
      .given([])
      .when(issue({ priority: 'urgent' as DirectivePriority }))
      .thenRefuses('DIRECTIVE_INVALID_PRIORITY');
    expect(error.message).toBe(
      `Directive ${DIRECTIVE_ID} has priority urgent; it must be one of routine, priority, immediate, flash.`,
    );
  });
});
