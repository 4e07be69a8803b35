import { assertNever, Decision, reject } from '../shared';
import { TaskingCommand } from './commands';
import { TaskingEvent } from './events';
import { isTaskingClosed, TaskingState } from './state';
import { acceptTasking, declineTasking } from './rules/acceptance';
import { assignTasking } from './rules/assign-tasking';
import { blockTasking, unblockTasking } from './rules/blocking';
import { cancelTasking, completeTasking } from './rules/closing';
import { reportTaskingProgress } from './rules/progress';
import { reassignTasking } from './rules/reassign-tasking';

export function decide(command: TaskingCommand, state: TaskingState): Decision<TaskingEvent> {
  if (command.type === 'AssignTasking') return assignTasking(command, state);
  const { taskingId } = command.data;
  if (state.status === 'unassigned') {
    return reject('TASKING_NOT_FOUND', `Tasking ${taskingId} has not been assigned.`);
  }
  // A closed tasking is history: every later command is refused, whatever it asks.
  if (isTaskingClosed(state)) {
    return state.status === 'completed'
      ? reject(
          'TASKING_ALREADY_COMPLETED',
          `Tasking ${taskingId} is completed and accepts no further ${command.type}.`,
        )
      : reject(
          'TASKING_ALREADY_CANCELLED',
          `Tasking ${taskingId} is cancelled and accepts no further ${command.type}.`,
        );
  }
  switch (command.type) {
    case 'AcceptTasking':
      return acceptTasking(command, state);
    case 'DeclineTasking':
      return declineTasking(command, state);
    case 'ReportTaskingProgress':
      return reportTaskingProgress(command, state);
    case 'BlockTasking':
      return blockTasking(command, state);
    case 'UnblockTasking':
      return unblockTasking(command, state);
    case 'ReassignTasking':
      return reassignTasking(command, state);
    case 'CompleteTasking':
      return completeTasking(command, state);
    case 'CancelTasking':
      return cancelTasking(command, state);
    default:
      return assertNever(command);
  }
}
