import { deciderSpec } from '../shared/decider-spec';
import { outreachDecider } from './outreach.decider';
import { ATTENDANCE, launched, NOW, SEMINAR_ID, seminarCmd, seminarHeld, VENUE } from './outreach.fixtures';
import { MAX_ATTENDANCE } from './vocabulary';

const spec = deciderSpec(outreachDecider);

describe('a CCHT seminar or training is recorded once held, with its audience, venue and attendance', () => {
  it("records CCHT's seminar for a task force's high schools", () => {
    spec
      .given([])
      .when(seminarCmd())
      .then([
        {
          type: 'SeminarHeld',
          data: {
            outreachId: SEMINAR_ID,
            taskForce: 'TX',
            format: 'seminar',
            audience: 'high-schools',
            venue: VENUE,
            heldAt: '2026-03-09T15:00:00.000Z',
            attendance: ATTENDANCE,
            recordedAt: NOW,
          },
        },
      ]);
  });

  it('is read by its state and CCHT', () => {
    const state = spec.given([]).when(seminarCmd()).state();
    expect(outreachDecider.scope(state)).toEqual({ states: ['TX'], agencies: ['CCHT'] });
  });

  it('may be recorded by the command center for CCHT', () => {
    const state = spec
      .given([])
      .when(seminarCmd({ format: 'training', audience: 'colleges' }, undefined))
      .state();
    expect(state).toMatchObject({ kind: 'seminar', format: 'training', audience: 'colleges' });
  });

  it('counts an empty room: attendance may be zero', () => {
    spec
      .given([])
      .when(seminarCmd({ attendance: { attendees: 0, frontLineStaff: 0 } }))
      .state();
  });

  it("is refused to another agency's liaison", () => {
    const error = spec.given([]).when(seminarCmd({}, 'FBI')).thenRefuses('OUTREACH_NOT_CCHT');
    expect(error.kind).toBe('forbidden');
  });

  it('is recorded once, and its id is not a campaign’s', () => {
    spec.given([seminarHeld]).when(seminarCmd()).thenRefuses('OUTREACH_ALREADY_RECORDED');
    spec.given([launched]).when(seminarCmd()).thenRefuses('OUTREACH_ALREADY_RECORDED');
  });

  it.each([
    [{ taskForce: 'XX' }, 'OUTREACH_UNKNOWN_TASK_FORCE'],
    [{ format: 'webinar' as never }, 'OUTREACH_UNKNOWN_FORMAT'],
    [{ audience: 'parents' as never }, 'OUTREACH_UNKNOWN_AUDIENCE'],
    [{ venue: 'Lamar High School' }, 'OUTREACH_INVALID_REFERENCE'],
    [{ venue: 'HS-ONLY' }, 'OUTREACH_INVALID_REFERENCE'],
    [{ venue: 'MARIA-GARCIA-1' }, 'OUTREACH_PERSONAL_DATA'],
    [{ heldAt: 'yesterday' }, 'OUTREACH_INVALID_INSTANT'],
    [{ heldAt: '2026-03-11T09:00:00Z' }, 'OUTREACH_IN_FUTURE'],
    [{ attendance: { attendees: -1, frontLineStaff: 0 } }, 'OUTREACH_INVALID_COUNT'],
    [{ attendance: { attendees: 12.5, frontLineStaff: 0 } }, 'OUTREACH_INVALID_COUNT'],
    [{ attendance: { attendees: MAX_ATTENDANCE + 1, frontLineStaff: 0 } }, 'OUTREACH_INVALID_COUNT'],
    [{ attendance: { attendees: 10, frontLineStaff: -2 } }, 'OUTREACH_INVALID_COUNT'],
    [{ attendance: { attendees: 10, frontLineStaff: 11 } }, 'OUTREACH_ATTENDANCE_INCONSISTENT'],
  ])('is refused for %j', (overrides, code) => {
    spec.given([]).when(seminarCmd(overrides)).thenRefuses(code);
  });
});
