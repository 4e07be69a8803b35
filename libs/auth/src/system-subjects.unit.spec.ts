import { isSystemSubject, SYSTEM_SUBJECTS } from './system-subjects';

describe('the subjects reserved for the command center', () => {
  it('include the acknowledgement-deadline process manager', () => {
    expect(SYSTEM_SUBJECTS).toEqual({ deadlines: 'hstf-deadlines' });
  });

  it.each(['hstf-deadlines', 'HSTF-DEADLINES', '\thstf-deadlines\n', 'ｈｓｔｆ－ｄｅａｄｌｉｎｅｓ'])(
    'recognise %j as a system subject',
    (sub) => expect(isSystemSubject(sub)).toBe(true),
  );

  it.each(['hstf-deadline', 'hstf-deadlines2', 'deadlines', 'op-1'])('do not include %j', (sub) =>
    expect(isSystemSubject(sub)).toBe(false),
  );
});
