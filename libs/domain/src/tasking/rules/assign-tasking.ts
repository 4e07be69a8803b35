import { isStateCode } from '../../reference';
import { accept, Decision, reject } from '../../shared';
import { AssignTasking } from '../commands';
import { TaskingEvent } from '../events';
import { TaskingState } from '../state';
import { instantProblem, requireText } from './refusal';
import { checkTeam } from './team';

export function assignTasking(command: AssignTasking, state: TaskingState): Decision<TaskingEvent> {
  const {
    taskingId,
    taskForce,
    leadAgency,
    supportingAgencies,
    objective,
    title,
    instructions,
    directiveId,
    dueAt,
  } = command.data;
  if (state.status !== 'unassigned') {
    return reject(
      'TASKING_ALREADY_ASSIGNED',
      `Tasking ${taskingId} was already assigned to ${state.leadAgency}.`,
    );
  }
  if (!isStateCode(taskForce)) {
    return reject(
      'TASKING_UNKNOWN_TASK_FORCE',
      `Tasking ${taskingId} names ${taskForce}, which is not a state task force.`,
    );
  }
  const refusal =
    requireText('title', title, taskingId, 'line') ??
    requireText('objective', objective, taskingId, 'line') ??
    requireText('instructions', instructions, taskingId) ??
    (directiveId === undefined ? undefined : requireText('directive id', directiveId, taskingId, 'line'));
  if (refusal) return refusal;
  const badDue = instantProblem(dueAt);
  if (badDue) {
    return reject('TASKING_INVALID_DUE_AT', `The due time ${dueAt} of tasking ${taskingId} ${badDue}.`);
  }
  if (Date.parse(dueAt) <= Date.parse(command.meta.now)) {
    return reject(
      'TASKING_DUE_NOT_IN_FUTURE',
      `Tasking ${taskingId} is due at ${dueAt}, which is not after ${command.meta.now}.`,
    );
  }
  const teamRefusal = checkTeam(
    taskingId,
    taskForce,
    leadAgency,
    supportingAgencies,
    command.data.context.taskForceMembers,
  );
  if (teamRefusal) return teamRefusal;
  return accept({
    type: 'TaskingAssigned',
    data: {
      taskingId,
      taskForce,
      leadAgency,
      supportingAgencies: [...supportingAgencies],
      objective,
      title,
      instructions,
      ...(directiveId === undefined ? {} : { directiveId }),
      dueAt,
      assignedAt: command.meta.now,
    },
  });
}
