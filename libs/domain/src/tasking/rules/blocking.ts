import { accept, Decision, reject } from '../../shared';
import { BlockTasking, UnblockTasking } from '../commands';
import { TaskingEvent } from '../events';
import { OpenTasking } from '../state';
import { requireParticipantOrCommandCentre } from './actors';
import { requireText } from './refusal';

const by = (actorAgency: string | undefined) => (actorAgency === undefined ? {} : { by: actorAgency });

export function blockTasking(command: BlockTasking, state: OpenTasking): Decision<TaskingEvent> {
  if (state.blocked) {
    return reject(
      'TASKING_ALREADY_BLOCKED',
      `Tasking ${state.taskingId} has been blocked since ${state.blocked.since} (${state.blocked.reason}); unblock it before raising another block.`,
    );
  }
  const refusal =
    requireParticipantOrCommandCentre(state, command.meta, 'block') ??
    requireText('reason for blocking', command.data.reason, state.taskingId);
  if (refusal) return refusal;
  return accept({
    type: 'TaskingBlocked',
    data: {
      taskingId: state.taskingId,
      reason: command.data.reason,
      ...by(command.meta.actorAgency),
      blockedAt: command.meta.now,
    },
  });
}

export function unblockTasking(command: UnblockTasking, state: OpenTasking): Decision<TaskingEvent> {
  if (!state.blocked) {
    return reject(
      'TASKING_NOT_BLOCKED',
      `Tasking ${state.taskingId} is not blocked, so there is nothing to unblock.`,
    );
  }
  const refusal =
    requireParticipantOrCommandCentre(state, command.meta, 'unblock') ??
    requireText('resolution', command.data.resolution, state.taskingId);
  if (refusal) return refusal;
  return accept({
    type: 'TaskingUnblocked',
    data: {
      taskingId: state.taskingId,
      resolution: command.data.resolution,
      ...by(command.meta.actorAgency),
      unblockedAt: command.meta.now,
    },
  });
}
