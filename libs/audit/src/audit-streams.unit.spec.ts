import { accessStreamId, accessStreamIds, isAccessStreamId, isAuditStreamId } from './audit-streams';

describe('audit streams', () => {
  it('name one access stream per UTC day', () => {
    expect(accessStreamId('2026-03-01T23:59:59-05:00')).toBe('access-2026-03-02');
    expect(accessStreamIds(new Date('2026-02-27T12:00:00Z'), new Date('2026-03-01T00:00:00Z'))).toEqual([
      'access-2026-02-27',
      'access-2026-02-28',
      'access-2026-03-01',
    ]);
    expect(() => accessStreamId('yesterday')).toThrow('not a date and time');
  });

  it('are told apart from the domain streams by prefix', () => {
    expect(isAccessStreamId('access-2026-03-01')).toBe(true);
    expect(isAccessStreamId('access-control')).toBe(false);
    expect(
      ['access-2026-03-01', 'audit-checkpoints', 'agency-FBI', 'directive-1'].map(isAuditStreamId),
    ).toEqual([true, true, false, false]);
  });
});
