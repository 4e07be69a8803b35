import { deciderSpec } from '../shared/decider-spec';
import { established, objectivesSet } from './task-force-history.fixtures';
import { enroll, setObjectives } from './task-force.fixtures';
import { taskForceDecider } from './task-force.decider';
import { SetObjectives } from './commands';

const spec = deciderSpec(taskForceDecider);
type Objective = SetObjectives['data']['objectives'][number];

describe('a task force targets what the EO names and the lines of work of its partners', () => {
  it.each([
    'cartels',
    'gangs',
    'smuggling',
    'trafficking',
    'transnational-criminal-organizations',
    'human-smuggling',
    'human-trafficking',
    'child-exploitation',
    'drug-trafficking',
    'firearms-trafficking',
    'labor-exploitation',
  ])('may target %s', (objective) => {
    expect(
      spec
        .given([established])
        .when(setObjectives([objective as Objective]))
        .state(),
    ).toMatchObject({ objectives: [objective] });
  });

  it('targets nothing else, and the refusal lists what it may target', () => {
    const error = spec
      .given([established])
      .when(setObjectives(['piracy' as Objective]))
      .thenRefuses('TASK_FORCE_UNKNOWN_OBJECTIVE');
    expect(error.message).toBe(
      'The objectives of the TX task force name piracy, which the list does not hold; choose among cartels, gangs, smuggling, trafficking, transnational-criminal-organizations, human-smuggling, human-trafficking, child-exploitation, drug-trafficking, firearms-trafficking, labor-exploitation.',
    );
  });

  it('names a repeated objective once in the refusal', () => {
    const error = spec
      .given([established])
      .when(setObjectives(['gangs', 'cartels', 'gangs', 'gangs']))
      .thenRefuses('TASK_FORCE_DUPLICATE_OBJECTIVE');
    expect(error.message).toBe('The objectives of the TX task force name gangs more than once.');
  });

  it('is a change when the list differs in one objective, though of the same length', () => {
    spec
      .given([established, objectivesSet(['gangs', 'cartels'])])
      .when(setObjectives(['gangs', 'smuggling']))
      .state();
    spec
      .given([established, objectivesSet(['gangs', 'cartels'])])
      .when(setObjectives(['cartels', 'gangs']))
      .thenRefuses('TASK_FORCE_OBJECTIVES_UNCHANGED');
    spec
      .given([established, objectivesSet(['gangs'])])
      .when(setObjectives(['gangs', 'cartels']))
      .state();
  });
});

describe('a member agency brings law-enforcement, intelligence, logistics or operational support', () => {
  it.each(['law-enforcement', 'intelligence', 'logistics', 'operational-support'])(
    'may bring %s',
    (capability) => {
      const state = spec
        .given([established])
        .when(enroll('TX-DPS', [capability as 'logistics']))
        .state();
      expect(state).toMatchObject({
        members: expect.arrayContaining([
          expect.objectContaining({ agency: 'TX-DPS', capabilities: [capability] }),
        ]),
      });
    },
  );

  it('brings nothing else, and the refusal lists what it may bring', () => {
    const error = spec
      .given([established])
      .when(enroll('TX-DPS', ['catering' as 'logistics']))
      .thenRefuses('TASK_FORCE_UNKNOWN_CAPABILITY');
    expect(error.message).toBe(
      'The capabilities TX-DPS brings to the TX task force name catering, which the list does not hold; choose among law-enforcement, intelligence, logistics, operational-support.',
    );
  });

  it('brings at least one', () => {
    const error = spec
      .given([established])
      .when(enroll('TX-DPS', []))
      .thenRefuses('TASK_FORCE_NO_CAPABILITIES');
    expect(error.message).toBe(
      'At least one of the capabilities TX-DPS brings to the TX task force must be named.',
    );
  });
});
