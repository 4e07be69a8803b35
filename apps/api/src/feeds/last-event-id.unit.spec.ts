import { ProblemError } from '../http/problem';
import { resumePosition } from './last-event-id';

describe('where a feed resumes', () => {
  it('is the Last-Event-ID header, else the lastEventId query, else from now on', () => {
    expect(resumePosition('42', '7')).toBe(42n);
    expect(resumePosition(undefined, '7')).toBe(7n);
    expect(resumePosition('  ', '7')).toBe(7n);
    expect(resumePosition(undefined, undefined)).toBeUndefined();
    expect(resumePosition(undefined, '')).toBeUndefined();
  });

  it('is -1 for the whole feed from the beginning', () => {
    expect(resumePosition('-1', undefined)).toBe(-1n);
  });

  it('refuses anything but a position, with 400 naming where it came from', () => {
    for (const [header, query, field] of [
      ['abc', undefined, 'Last-Event-ID'],
      [undefined, '1.5', 'lastEventId'],
      ['99999999999999999999', undefined, 'Last-Event-ID'],
    ] as const) {
      try {
        resumePosition(header, query);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(ProblemError);
        expect((error as ProblemError).problem).toMatchObject({ status: 400, errors: [{ field }] });
      }
    }
  });
});
