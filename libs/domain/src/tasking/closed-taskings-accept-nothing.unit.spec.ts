import { deciderSpec } from '../shared/decider-spec';
import { TaskingCommand } from './commands';
import { TaskingCancelled, TaskingCompleted } from './events';
import { taskingDecider } from './tasking.decider';
import {
  acceptCmd,
  blockCmd,
  cancelCmd,
  completeCmd,
  declineCmd,
  LEAD,
  NOW,
  progressCmd,
  reassignCmd,
  TASKING_ID,
  unblockCmd,
} from './tasking.fixtures';
import { accepted, assigned, progressed } from './tasking-history.fixtures';

const spec = deciderSpec(taskingDecider);

const completed: TaskingCompleted = {
  type: 'TaskingCompleted',
  data: { taskingId: TASKING_ID, leadAgency: LEAD, outcome: 'Done.', completedAt: NOW },
};
const cancelled: TaskingCancelled = {
  type: 'TaskingCancelled',
  data: { taskingId: TASKING_ID, reason: 'Called off.', cancelledAt: NOW },
};

const everyLaterCommand: [string, TaskingCommand][] = [
  ['AcceptTasking', acceptCmd(LEAD)],
  ['DeclineTasking', declineCmd(LEAD)],
  ['ReportTaskingProgress', progressCmd(LEAD)],
  ['BlockTasking', blockCmd(LEAD)],
  ['UnblockTasking', unblockCmd(LEAD)],
  ['ReassignTasking', reassignCmd()],
  ['CompleteTasking', completeCmd(LEAD)],
  ['CancelTasking', cancelCmd()],
];

describe('a completed or cancelled tasking is history', () => {
  it.each(everyLaterCommand)('refuses %s once completed', (type, command) => {
    const error = spec
      .given([assigned, accepted, progressed, completed])
      .when(command)
      .thenRefuses('TASKING_ALREADY_COMPLETED');
    expect(error.message).toContain(type);
  });

  it.each(everyLaterCommand)('refuses %s once cancelled', (_type, command) => {
    spec.given([assigned, cancelled]).when(command).thenRefuses('TASKING_ALREADY_CANCELLED');
  });
});

describe('a tasking that was never assigned', () => {
  it.each(everyLaterCommand)('refuses %s', (_type, command) => {
    const error = spec.given([]).when(command).thenRefuses('TASKING_NOT_FOUND');
    expect(error.message).toContain(TASKING_ID);
  });
});
