import { deciderSpec } from '../shared/decider-spec';
import { assign, TASKING_ID } from './tasking.fixtures';
import { taskingDecider } from './tasking.decider';

const spec = deciderSpec(taskingDecider);

describe('the text a tasking records is text every reader is shown the same way', () => {
  it.each([['title'], ['objective']] as const)('refuses a %s that runs over two lines', (field) => {
    const error = spec
      .given([])
      .when(assign({ [field]: 'Laredo\nSan Antonio' }))
      .thenRefuses('TASKING_INVALID_TEXT');
    expect(error.message).toBe(`The ${field} of tasking ${TASKING_ID} contains U+000A; it must be one line.`);
  });

  it('lets the instructions run over lines and be tabbed', () => {
    const instructions = 'Day one:\n\tLaredo checkpoint\nDay two:\n\tSan Antonio';
    const decision = taskingDecider.decide(assign({ instructions }), taskingDecider.initialState);
    expect(decision).toMatchObject({
      ok: true,
      events: [{ type: 'TaskingAssigned', data: { instructions } }],
    });
  });

  it('refuses instructions with a control character', () => {
    spec
      .given([])
      .when(assign({ instructions: 'Stand by\u001b for orders.' }))
      .thenRefuses('TASKING_INVALID_TEXT');
  });
});
