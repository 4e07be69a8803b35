import { accept, Decision, reject } from '../../shared';
import { CancelTasking, CompleteTasking } from '../commands';
import { TaskingEvent } from '../events';
import { OpenTasking } from '../state';
import { requireLead } from './actors';
import { requireText } from './refusal';

export function completeTasking(command: CompleteTasking, state: OpenTasking): Decision<TaskingEvent> {
  if (state.status !== 'in_progress') {
    return reject(
      'TASKING_NOT_IN_PROGRESS',
      `Tasking ${state.taskingId} is ${state.status}; it is completed only once in progress, after at least one progress report.`,
    );
  }
  const refusal = requireLead(state, command.meta, 'complete');
  if (refusal) return refusal;
  if (state.blocked) {
    return reject(
      'TASKING_BLOCKED',
      `Tasking ${state.taskingId} has been blocked since ${state.blocked.since} (${state.blocked.reason}); unblock it before completing it.`,
    );
  }
  const outcomeRefusal = requireText('outcome', command.data.outcome, state.taskingId);
  if (outcomeRefusal) return outcomeRefusal;
  return accept({
    type: 'TaskingCompleted',
    data: {
      taskingId: state.taskingId,
      leadAgency: state.leadAgency,
      outcome: command.data.outcome,
      completedAt: command.meta.now,
    },
  });
}

/** Any open tasking can be called off, blocked or declined alike: the command centre's supervisory call. */
export function cancelTasking(command: CancelTasking, state: OpenTasking): Decision<TaskingEvent> {
  const refusal = requireText('reason for cancelling', command.data.reason, state.taskingId);
  if (refusal) return refusal;
  return accept({
    type: 'TaskingCancelled',
    data: { taskingId: state.taskingId, reason: command.data.reason, cancelledAt: command.meta.now },
  });
}
