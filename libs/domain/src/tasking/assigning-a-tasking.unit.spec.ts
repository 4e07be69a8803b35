import { deciderSpec } from '../shared/decider-spec';
import { assign, DIRECTIVE_ID, DUE, LEAD, NOW, SUPPORTERS, TASKING_ID } from './tasking.fixtures';
import { assigned } from './tasking-history.fixtures';
import { taskingDecider } from './tasking.decider';

const spec = deciderSpec(taskingDecider);

describe('an operator assigns a tasking to a task force', () => {
  it('records the lead, the supporters, the objective, the directive and the due time', () => {
    spec
      .given([])
      .when(assign())
      .then([
        {
          type: 'TaskingAssigned',
          data: {
            taskingId: TASKING_ID,
            taskForce: 'TX',
            leadAgency: LEAD,
            supportingAgencies: SUPPORTERS,
            objective: 'smuggling',
            title: 'Disrupt the Laredo stash-house network',
            instructions: 'Identify and surveil the three stash houses named in the directive annex.',
            directiveId: DIRECTIVE_ID,
            dueAt: DUE,
            assignedAt: NOW,
          },
        },
      ]);
  });

  it('may stand alone, without a directive and without supporters', () => {
    const command = assign({ directiveId: undefined, supportingAgencies: [] });
    const decision = taskingDecider.decide(command, taskingDecider.initialState);
    expect(decision.ok && decision.events[0].data).not.toHaveProperty('directiveId');
    expect(spec.given([]).when(command).state()).toEqual({
      status: 'assigned',
      taskingId: TASKING_ID,
      taskForce: 'TX',
      leadAgency: LEAD,
      supportingAgencies: [],
      dueAt: DUE,
      blocked: null,
      releasedAgencies: [],
    });
  });

  it('is refused for a tasking that was already assigned', () => {
    spec.given([assigned]).when(assign()).thenRefuses('TASKING_ALREADY_ASSIGNED');
  });

  it('is refused for a task force that is not a state', () => {
    const error = spec
      .given([])
      .when(assign({ taskForce: 'XX' }))
      .thenRefuses('TASKING_UNKNOWN_TASK_FORCE');
    expect(error.message).toContain('XX');
  });

  it.each([['title'], ['objective'], ['instructions']] as const)('is refused with a blank %s', (field) => {
    const error = spec
      .given([])
      .when(assign({ [field]: '  ' }))
      .thenRefuses('TASKING_BLANK_FIELD');
    expect(error.message).toContain(field);
  });

  it('is refused with a blank directive id', () => {
    spec
      .given([])
      .when(assign({ directiveId: '' }))
      .thenRefuses('TASKING_BLANK_FIELD');
  });

  it.each([['next Friday'], ['2026-03-20'], ['2026-02-30T25:00:00Z']])(
    'is refused with due time %s',
    (dueAt) => {
      spec.given([]).when(assign({ dueAt })).thenRefuses('TASKING_INVALID_DUE_AT');
    },
  );

  it.each([[NOW], ['2026-03-01T09:00:00Z']])('is refused when due at %s, not after now', (dueAt) => {
    spec.given([]).when(assign({ dueAt })).thenRefuses('TASKING_DUE_NOT_IN_FUTURE');
  });
});
