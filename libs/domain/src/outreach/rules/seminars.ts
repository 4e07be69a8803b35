import { isStateCode } from '../../reference';
import { accept, Decision, reject } from '../../shared';
import { Attendance, CorrectAttendance, HoldSeminar } from '../commands';
import { OutreachEvent } from '../events';
import { OutreachState, SeminarState } from '../state';
import { AUDIENCES, isAudience, isSeminarFormat, MAX_ATTENDANCE, SEMINAR_FORMATS } from '../vocabulary';
import { requireCcht } from './actors';
import {
  firstRefusal,
  Refusal,
  requireCount,
  requirePastInstant,
  requireReference,
  requireText,
} from './checks';

/** Whole numbers within bounds, and the front-line personnel among the attendees, so never more of them. */
export function requireAttendance(attendance: Attendance, outreachId: string): Refusal {
  const bounds = { min: 0, max: MAX_ATTENDANCE };
  return firstRefusal(
    () => requireCount('attendees', attendance.attendees, outreachId, bounds),
    () => requireCount('front-line staff', attendance.frontLineStaff, outreachId, bounds),
    () =>
      attendance.frontLineStaff > attendance.attendees
        ? reject(
            'OUTREACH_ATTENDANCE_INCONSISTENT',
            `Seminar ${outreachId} counts ${attendance.frontLineStaff} front-line staff among ${attendance.attendees} attendees; they are attendees too.`,
          )
        : undefined,
  );
}

export function holdSeminar(command: HoldSeminar, state: OutreachState): Decision<OutreachEvent> {
  const { outreachId, taskForce, format, audience, venue, heldAt, attendance } = command.data;
  const { now } = command.meta;
  if (state.kind !== 'none')
    return reject(
      'OUTREACH_ALREADY_RECORDED',
      `Outreach ${outreachId} is already recorded as a ${state.kind}.`,
    );
  const refusal = firstRefusal(
    () => requireCcht(command.meta, 'hold a seminar', outreachId),
    () =>
      isStateCode(taskForce)
        ? undefined
        : reject(
            'OUTREACH_UNKNOWN_TASK_FORCE',
            `Seminar ${outreachId} names ${taskForce}, which is not a state task force.`,
          ),
    () =>
      isSeminarFormat(format)
        ? undefined
        : reject(
            'OUTREACH_UNKNOWN_FORMAT',
            `Seminar ${outreachId} is a ${format}; it is one of ${SEMINAR_FORMATS.join(', ')}.`,
          ),
    () =>
      isAudience(audience)
        ? undefined
        : reject(
            'OUTREACH_UNKNOWN_AUDIENCE',
            `Seminar ${outreachId} is for ${audience}; the audiences are ${AUDIENCES.join(', ')}.`,
          ),
    () => requireReference('venue', venue, outreachId, now),
    () => requirePastInstant('time it was held', heldAt, outreachId, now),
    () => requireAttendance(attendance, outreachId),
  );
  if (refusal) return refusal;
  return accept({
    type: 'SeminarHeld',
    data: {
      outreachId,
      taskForce,
      format,
      audience,
      venue,
      heldAt,
      attendance: { attendees: attendance.attendees, frontLineStaff: attendance.frontLineStaff },
      recordedAt: now,
    },
  });
}

/** A count taken again (sign-in sheets tallied after the day) replaces the first, with the reason. */
export function correctAttendance(
  command: CorrectAttendance,
  seminar: SeminarState,
): Decision<OutreachEvent> {
  const { outreachId, attendance, reason } = command.data;
  const { now } = command.meta;
  const previous = seminar.attendance;
  const refusal = firstRefusal(
    () => requireCcht(command.meta, 'correct the attendance', outreachId),
    () => requireAttendance(attendance, outreachId),
    () => requireText('reason', reason, outreachId, 'text', now),
    () =>
      attendance.attendees === previous.attendees && attendance.frontLineStaff === previous.frontLineStaff
        ? reject(
            'OUTREACH_NO_CHANGE',
            `Seminar ${outreachId} already counts ${previous.attendees} attendees, ${previous.frontLineStaff} of them front-line staff.`,
          )
        : undefined,
  );
  if (refusal) return refusal;
  return accept({
    type: 'SeminarAttendanceCorrected',
    data: {
      outreachId,
      taskForce: seminar.taskForce,
      audience: seminar.audience,
      previous: { ...previous },
      attendance: { attendees: attendance.attendees, frontLineStaff: attendance.frontLineStaff },
      reason,
      correctedAt: now,
    },
  });
}
