import { deciderSpec } from '../shared/decider-spec';
import { TaskForceObjective } from './objectives';
import { established, objectivesSet } from './task-force-history.fixtures';
import { NOW, setObjectives } from './task-force.fixtures';
import { taskForceDecider } from './task-force.decider';

const spec = deciderSpec(taskForceDecider);

describe('an operator sets the objectives of the task force', () => {
  it('records the full list of objectives', () => {
    spec
      .given([established])
      .when(setObjectives(['cartels', 'human-smuggling', 'labor-exploitation']))
      .then([
        {
          type: 'ObjectivesSet',
          data: { state: 'TX', objectives: ['cartels', 'human-smuggling', 'labor-exploitation'], setAt: NOW },
        },
      ]);
  });

  it('replaces the previous list as a whole', () => {
    const state = spec
      .given([established, objectivesSet(['cartels', 'gangs'])])
      .when(setObjectives(['trafficking']))
      .state();
    expect(state.status === 'established' && state.objectives).toEqual(['trafficking']);
  });

  it('refuses an empty list', () => {
    spec.given([established]).when(setObjectives([])).thenRefuses('TASK_FORCE_NO_OBJECTIVES');
  });

  it('refuses an objective the list does not hold', () => {
    const error = spec
      .given([established])
      .when(setObjectives(['gangs', 'jaywalking' as TaskForceObjective]))
      .thenRefuses('TASK_FORCE_UNKNOWN_OBJECTIVE');
    expect(error.message).toContain('jaywalking');
  });

  it('refuses an objective named twice', () => {
    spec
      .given([established])
      .when(setObjectives(['gangs', 'gangs']))
      .thenRefuses('TASK_FORCE_DUPLICATE_OBJECTIVE');
  });

  it('refuses the objectives the task force already has, in whatever order', () => {
    spec
      .given([established, objectivesSet(['cartels', 'gangs'])])
      .when(setObjectives(['gangs', 'cartels']))
      .thenRefuses('TASK_FORCE_OBJECTIVES_UNCHANGED');
  });

  it('accepts a list that adds to the current one', () => {
    const state = spec
      .given([established, objectivesSet(['cartels', 'gangs'])])
      .when(setObjectives(['gangs', 'cartels', 'smuggling']))
      .state();
    expect(state.status === 'established' && state.objectives).toEqual(['gangs', 'cartels', 'smuggling']);
  });
});
