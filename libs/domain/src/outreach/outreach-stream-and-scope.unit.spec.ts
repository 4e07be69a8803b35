import { fold } from '../shared';
import { outreachDecider } from './outreach.decider';
import { launched, placed, seminarHeld, SEMINAR_ID, STATION, tipReceived } from './outreach.fixtures';
import { outreachIdOf, outreachStreamId } from './stream';

describe('the outreach stream and its audiences', () => {
  it('is outreach-<uuid>', () => {
    expect(outreachStreamId(SEMINAR_ID)).toBe(`outreach-${SEMINAR_ID}`);
    expect(outreachIdOf(`outreach-${SEMINAR_ID}`)).toBe(SEMINAR_ID);
    expect(outreachIdOf(`report-${SEMINAR_ID}`)).toBeUndefined();
  });

  it('concerns no one before it is recorded', () => {
    expect(outreachDecider.scope(outreachDecider.initialState)).toEqual({ states: [], agencies: [] });
  });

  it("is not a victim's record: its scope is not restricted", () => {
    expect(outreachDecider.scope(fold(outreachDecider, [launched]))).not.toHaveProperty('restricted');
  });

  it('folds a damaged stream (a campaign event on a seminar, events before any record) to what it was', () => {
    const seminar = fold(outreachDecider, [seminarHeld]);
    expect(fold(outreachDecider, [seminarHeld, placed([{ ...STATION, posters: 3 }]), tipReceived()])).toEqual(
      seminar,
    );
    expect(fold(outreachDecider, [tipReceived()])).toEqual(outreachDecider.initialState);
    expect(
      fold(outreachDecider, [
        launched,
        {
          type: 'SeminarAttendanceCorrected',
          data: {
            outreachId: SEMINAR_ID,
            taskForce: 'TX',
            audience: 'colleges',
            previous: { attendees: 1, frontLineStaff: 0 },
            attendance: { attendees: 2, frontLineStaff: 0 },
            reason: 'x',
            correctedAt: '2026-03-10T00:00:00Z',
          },
        },
      ]),
    ).toEqual(fold(outreachDecider, [launched]));
  });
});
