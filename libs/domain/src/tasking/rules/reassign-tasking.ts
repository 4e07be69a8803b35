import { accept, Decision, reject } from '../../shared';
import { ReassignTasking } from '../commands';
import { TaskingEvent } from '../events';
import { OpenTasking } from '../state';
import { requireText } from './refusal';
import { checkTeam } from './team';

export function reassignTasking(command: ReassignTasking, state: OpenTasking): Decision<TaskingEvent> {
  const { taskingId, taskForce, leadAgency: declined } = state;
  const { leadAgency, reason, context } = command.data;
  if (state.status !== 'declined') {
    return reject(
      'TASKING_NOT_DECLINED',
      `Tasking ${taskingId} is ${state.status}; only a tasking its lead agency declined is reassigned.`,
    );
  }
  if (leadAgency === declined) {
    return reject(
      'TASKING_SAME_LEAD',
      `Tasking ${taskingId} was declined by ${declined}; reassign it to a different lead agency.`,
    );
  }
  // Promoting a supporter is the usual reassignment, so when supporters are not restated the new lead
  // simply leaves their list; the event records the resulting list explicitly.
  const supportingAgencies =
    command.data.supportingAgencies ?? state.supportingAgencies.filter((agency) => agency !== leadAgency);
  // Kept supporters are checked again: they may have left the task force since the assignment.
  const refusal =
    requireText('reason for reassigning', reason, taskingId) ??
    checkTeam(taskingId, taskForce, leadAgency, supportingAgencies, context.taskForceMembers);
  if (refusal) return refusal;
  return accept({
    type: 'TaskingReassigned',
    data: {
      taskingId,
      previousLeadAgency: declined,
      leadAgency,
      supportingAgencies: [...supportingAgencies],
      reason,
      reassignedAt: command.meta.now,
    },
  });
}
