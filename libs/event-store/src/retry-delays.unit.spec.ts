import { RetryDelays } from './retry-delays';

describe('retry delays', () => {
  it('grow from about the first wait, never past the longest, and vary between replicas', () => {
    const runs = Array.from({ length: 20 }, () => {
      const delays = new RetryDelays({ initialMs: 100, maxMs: 2_000 });
      return Array.from({ length: 30 }, () => delays.next());
    });
    for (const run of runs) {
      expect(run.every((delay) => delay >= 0 && delay <= 2_000)).toBe(true);
      // Later waits are longer than the first ones: the median of the last ten over that of the first three.
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      expect(median(run.slice(-10))).toBeGreaterThan(median(run.slice(0, 3)));
    }
    // Jitter: twenty replicas that failed together do not all wait the same, early on or at the cap.
    expect(new Set(runs.map((run) => run[5])).size).toBeGreaterThan(1);
    expect(new Set(runs.map((run) => run[29])).size).toBeGreaterThan(1);
  });

  it('start again from the first wait after a success', () => {
    const delays = new RetryDelays({ initialMs: 100, maxMs: 60_000 });
    for (let i = 0; i < 12; i++) delays.next();
    delays.reset();
    expect(delays.next()).toBeLessThanOrEqual(400);
  });
});
