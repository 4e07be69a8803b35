import { AGENCY_CODE, isStateCode } from '../../reference';
import { accept, Decision, reject } from '../../shared';
import { OpenReport } from '../commands';
import { ReportEvent } from '../events';
import { ReportState } from '../state';
import { firstRefusal, MAX_PARTICIPANTS, Refusal, requirePeriod, requireText } from './checks';

function requireParticipants(command: OpenReport): Refusal {
  const { reportId, taskForce, participants, context } = command.data;
  if (participants.length === 0)
    return reject(
      'REPORT_NO_PARTICIPANTS',
      `Report ${reportId} names no agency taking part in the operation.`,
    );
  if (participants.length > MAX_PARTICIPANTS)
    return reject(
      'REPORT_TOO_MANY_ITEMS',
      `Report ${reportId} names ${participants.length} participants; at most ${MAX_PARTICIPANTS}.`,
    );
  for (const agency of participants) {
    if (!AGENCY_CODE.test(agency))
      return reject(
        'REPORT_INVALID_AGENCY_CODE',
        `Report ${reportId} names ${agency}, which is not an agency code.`,
      );
    if (!context.taskForceMembers.includes(agency))
      return reject(
        'REPORT_PARTICIPANT_NOT_MEMBER',
        `Report ${reportId}: ${agency} is not a member agency of an established ${taskForce} task force; only its members take part in its operations.`,
      );
  }
  if (new Set(participants).size !== participants.length)
    return reject('REPORT_DUPLICATE_PARTICIPANT', `Report ${reportId} names a participating agency twice.`);
  return undefined;
}

export function openReport(command: OpenReport, state: ReportState): Decision<ReportEvent> {
  const { reportId, taskForce, operation, period, participants } = command.data;
  if (state.status !== 'none')
    return reject('REPORT_ALREADY_OPENED', `Report ${reportId} was already opened for ${state.operation}.`);
  if (!isStateCode(taskForce))
    return reject(
      'REPORT_UNKNOWN_TASK_FORCE',
      `Report ${reportId} names ${taskForce}, which is not a state task force.`,
    );
  const refusal = firstRefusal(
    () => requireText('operation', operation, reportId, 'line'),
    () => requirePeriod(period, reportId),
    () => requireParticipants(command),
  );
  if (refusal) return refusal;
  return accept({
    type: 'ReportOpened',
    data: {
      reportId,
      taskForce,
      operation,
      period: { from: period.from, to: period.to },
      participants: [...participants],
      openedAt: command.meta.now,
    },
  });
}
