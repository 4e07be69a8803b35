import { deciderSpec } from '../shared/decider-spec';
import { enrolled, established } from './task-force-history.fixtures';
import { establish, withdraw } from './task-force.fixtures';
import { taskForceDecider } from './task-force.decider';

const spec = deciderSpec(taskForceDecider);

describe('the text a task force records is text every reader is shown the same way', () => {
  it('refuses an authority that runs over two lines, as it is one citation', () => {
    const error = spec
      .given([])
      .when(establish({ authority: 'EO 14159\nsec. 3' }))
      .thenRefuses('TASK_FORCE_INVALID_TEXT');
    expect(error.message).toBe('The authority of the TX task force contains U+000A; it must be one line.');
  });

  it('refuses an authority with an invisible character, which would make two look-alike citations', () => {
    spec
      .given([])
      .when(establish({ authority: 'EO\u200b14159' }))
      .thenRefuses('TASK_FORCE_INVALID_TEXT');
  });

  it('lets the reason for withdrawing a member run over lines, but not carry a control character', () => {
    spec
      .given([established, enrolled('TX-DPS')])
      .when(withdraw('TX-DPS', 'Troopers recalled.\nSee memo.'))
      .state();
    const error = spec
      .given([established, enrolled('TX-DPS')])
      .when(withdraw('TX-DPS', 'Troopers\u0007 recalled.'))
      .thenRefuses('TASK_FORCE_INVALID_TEXT');
    expect(error.message).toBe(
      'The reason for withdrawing TX-DPS from the TX task force contains the control character U+0007.',
    );
  });
});
