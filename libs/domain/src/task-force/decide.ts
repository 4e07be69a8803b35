import { assertNever, Decision, reject } from '../shared';
import { TaskForceCommand } from './commands';
import { TaskForceEvent } from './events';
import { designateCoLead } from './rules/designate-co-lead';
import { establishTaskForce } from './rules/establish-task-force';
import { enrollMemberAgency, withdrawMemberAgency } from './rules/membership';
import { setObjectives } from './rules/set-objectives';
import { TaskForceState } from './state';

export function decide(command: TaskForceCommand, state: TaskForceState): Decision<TaskForceEvent> {
  if (command.type === 'EstablishTaskForce') return establishTaskForce(command, state);
  if (state.status === 'not_established') {
    return reject(
      'TASK_FORCE_NOT_ESTABLISHED',
      `No task force has been established for ${command.data.state}, so ${command.type} is refused.`,
    );
  }
  // The stream is chosen by the command's state; a mismatch means the caller loaded the wrong stream.
  if (command.data.state !== state.state) {
    return reject(
      'TASK_FORCE_STATE_MISMATCH',
      `${command.type} names the ${command.data.state} task force but was decided on the ${state.state} one.`,
    );
  }
  switch (command.type) {
    case 'EnrollMemberAgency':
      return enrollMemberAgency(command, state);
    case 'WithdrawMemberAgency':
      return withdrawMemberAgency(command, state);
    case 'DesignateCoLead':
      return designateCoLead(command, state);
    case 'SetObjectives':
      return setObjectives(command, state);
    default:
      return assertNever(command);
  }
}
