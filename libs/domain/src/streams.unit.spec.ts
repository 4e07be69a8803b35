import { DOMAIN_STREAM_PREFIXES } from './streams';

describe('the streams of the domain', () => {
  it('are those of its aggregates, and no other of the store', () => {
    expect([...DOMAIN_STREAM_PREFIXES].sort()).toEqual([
      'agency-',
      'commitment-',
      'directive-',
      'forfeiture-',
      'outreach-',
      'referral-',
      'report-',
      'taskforce-',
      'tasking-',
    ]);
    const ofTheDomain = (stream: string) =>
      DOMAIN_STREAM_PREFIXES.some((prefix) => stream.startsWith(prefix));
    expect(ofTheDomain('taskforce-TX')).toBe(true);
    expect(ofTheDomain('access-2026-03-02')).toBe(false);
  });
});
