import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles from the initial delay, with jitter in the upper half', () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      const ceiling = 100 * 2 ** (attempt - 1);
      const delay = backoffDelay(attempt, { initialMs: 100, maxMs: 10_000 });
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });

  it('never exceeds the maximum, however many attempts failed', () => {
    expect(backoffDelay(1000, { initialMs: 100, maxMs: 2000 })).toBeLessThanOrEqual(2000);
  });
});
