import { accept, Decision, reject } from '../../shared';
import { AcceptTasking, DeclineTasking } from '../commands';
import { TaskingEvent } from '../events';
import { OpenTasking } from '../state';
import { requireLead } from './actors';
import { Refusal, requireText } from './refusal';

const requireAwaitingAnswer = (state: OpenTasking, act: string): Refusal =>
  state.status === 'assigned'
    ? undefined
    : reject(
        'TASKING_NOT_AWAITING_ACCEPTANCE',
        `Tasking ${state.taskingId} is ${state.status}, so ${state.leadAgency} can no longer ${act} it; only an assigned tasking is accepted or declined.`,
      );

export function acceptTasking(command: AcceptTasking, state: OpenTasking): Decision<TaskingEvent> {
  const refusal = requireAwaitingAnswer(state, 'accept') ?? requireLead(state, command.meta, 'accept');
  if (refusal) return refusal;
  return accept({
    type: 'TaskingAccepted',
    data: { taskingId: state.taskingId, leadAgency: state.leadAgency, acceptedAt: command.meta.now },
  });
}

export function declineTasking(command: DeclineTasking, state: OpenTasking): Decision<TaskingEvent> {
  const refusal =
    requireAwaitingAnswer(state, 'decline') ??
    requireLead(state, command.meta, 'decline') ??
    requireText('reason for declining', command.data.reason, state.taskingId);
  if (refusal) return refusal;
  return accept({
    type: 'TaskingDeclined',
    data: {
      taskingId: state.taskingId,
      leadAgency: state.leadAgency,
      reason: command.data.reason,
      declinedAt: command.meta.now,
    },
  });
}
