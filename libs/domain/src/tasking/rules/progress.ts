import { accept, Decision, reject } from '../../shared';
import { ReportTaskingProgress } from '../commands';
import { TaskingEvent } from '../events';
import { OpenTasking } from '../state';
import { requireParticipant } from './actors';
import { Refusal, requireText } from './refusal';

const requireUnderWay = (state: OpenTasking): Refusal =>
  state.status === 'accepted' || state.status === 'in_progress'
    ? undefined
    : reject(
        'TASKING_NOT_ACCEPTED',
        `Tasking ${state.taskingId} is ${state.status}; progress is reported only once the lead agency has accepted it.`,
      );

// Estimates may go down as well as up (scope found larger than thought), so no monotonic rule.
const requirePercent = (state: OpenTasking, percent: number): Refusal =>
  Number.isFinite(percent) && percent >= 0 && percent <= 100
    ? undefined
    : reject(
        'TASKING_INVALID_PERCENT_COMPLETE',
        `Progress on tasking ${state.taskingId} must be between 0 and 100 percent, not ${percent}.`,
      );

export function reportTaskingProgress(
  command: ReportTaskingProgress,
  state: OpenTasking,
): Decision<TaskingEvent> {
  const { summary, percentComplete } = command.data;
  const refusal =
    requireUnderWay(state) ??
    requireParticipant(state, command.meta, 'report progress on') ??
    requireText('progress summary', summary, state.taskingId) ??
    requirePercent(state, percentComplete);
  if (refusal) return refusal;
  return accept({
    type: 'TaskingProgressReported',
    data: {
      taskingId: state.taskingId,
      // requireParticipant has ruled out an actor without an agency.
      reportedBy: command.meta.actorAgency as string,
      summary,
      percentComplete,
      reportedAt: command.meta.now,
    },
  });
}
