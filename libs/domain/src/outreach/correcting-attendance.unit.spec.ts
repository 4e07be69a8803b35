import { deciderSpec } from '../shared/decider-spec';
import { outreachDecider } from './outreach.decider';
import { ATTENDANCE, correctCmd, launched, NOW, SEMINAR_ID, seminarHeld } from './outreach.fixtures';

const spec = deciderSpec(outreachDecider);
const recount = { attendees: 251, frontLineStaff: 19 };

describe("a seminar's attendance is corrected with the reason, never below zero", () => {
  it('records the count before and after, and the reason', () => {
    spec
      .given([seminarHeld])
      .when(correctCmd(recount))
      .then([
        {
          type: 'SeminarAttendanceCorrected',
          data: {
            outreachId: SEMINAR_ID,
            taskForce: 'TX',
            audience: 'high-schools',
            previous: ATTENDANCE,
            attendance: recount,
            reason: 'Sign-in sheets tallied after the seminar.',
            correctedAt: NOW,
          },
        },
      ]);
    expect(spec.given([seminarHeld]).when(correctCmd(recount)).state()).toMatchObject({
      attendance: recount,
    });
  });

  it('is refused when nothing changes', () => {
    spec.given([seminarHeld]).when(correctCmd(ATTENDANCE)).thenRefuses('OUTREACH_NO_CHANGE');
  });

  it.each([
    [{ attendees: -5, frontLineStaff: 0 }, undefined, 'OUTREACH_INVALID_COUNT'],
    [{ attendees: 5, frontLineStaff: 6 }, undefined, 'OUTREACH_ATTENDANCE_INCONSISTENT'],
    [recount, ' ', 'OUTREACH_BLANK_FIELD'],
    [recount, 'Recount\u0007', 'OUTREACH_INVALID_TEXT'],
    [recount, 'Recounted; call the counsellor at 713-555-0142 for the sheets.', 'OUTREACH_PERSONAL_DATA'],
  ])('refuses %j with the reason %j', (attendance, reason, code) => {
    spec.given([seminarHeld]).when(correctCmd(attendance, reason)).thenRefuses(code);
  });

  it("is refused to another agency's liaison", () => {
    spec
      .given([seminarHeld])
      .when(correctCmd(recount, undefined, 'FAMS'))
      .thenRefuses('OUTREACH_NOT_CCHT');
  });

  it('is refused on a campaign, and on outreach never recorded', () => {
    spec.given([launched]).when(correctCmd(recount)).thenRefuses('OUTREACH_NOT_A_SEMINAR');
    const error = spec.given([]).when(correctCmd(recount)).thenRefuses('OUTREACH_NOT_FOUND');
    expect(error.kind).toBe('not_found');
  });
});
