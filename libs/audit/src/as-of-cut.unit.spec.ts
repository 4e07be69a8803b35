import { asOfTime, atPosition, beyondCut, describeCut, prefixWithinCut, withinCut } from './as-of-cut';

const at = (globalPosition: bigint, iso: string) => ({ globalPosition, recordedAt: new Date(iso) });

describe('cutting the log as of a position or a time', () => {
  it('at a position keeps that position and stops right after it', () => {
    const cut = atPosition(20n);
    expect(withinCut(cut, at(20n, '2030-01-01T00:00:00Z'))).toBe(true);
    expect(beyondCut(cut, at(21n, '2020-01-01T00:00:00Z'))).toBe(true);
    expect(prefixWithinCut(cut, 19n, undefined)).toBe(true);
    expect(describeCut(cut)).toEqual({ atPosition: '20' });
  });

  it('at a time keeps what was recorded by then, and reads on past it by the skew', () => {
    const cut = asOfTime(new Date('2026-03-01T12:00:00Z'), 60_000);
    expect(withinCut(cut, at(1n, '2026-03-01T12:00:00Z'))).toBe(true);
    expect(withinCut(cut, at(2n, '2026-03-01T12:00:00.001Z'))).toBe(false);
    expect(beyondCut(cut, at(2n, '2026-03-01T12:00:30Z'))).toBe(false);
    expect(beyondCut(cut, at(3n, '2026-03-01T12:01:00.001Z'))).toBe(true);
    expect(describeCut(cut)).toEqual({ asOf: '2026-03-01T12:00:00.000Z' });
  });

  it('lets a cached prefix stand in only when all of it lies within the cut', () => {
    const cut = asOfTime(new Date('2026-03-01T12:00:00Z'));
    expect(prefixWithinCut(cut, 50n, new Date('2026-03-01T11:59:59Z'))).toBe(true);
    expect(prefixWithinCut(cut, 50n, new Date('2026-03-01T12:00:01Z'))).toBe(false);
    expect(prefixWithinCut(atPosition(10n), 11n, undefined)).toBe(false);
  });
});
