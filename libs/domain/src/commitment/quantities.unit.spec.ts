import { exceeds } from './quantities';

describe('a quantity exceeds a limit only by more than binary rounding', () => {
  it('does not count 0.1 + 0.2 analyst-hours against a pledge of 0.3 as too much', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(exceeds(0.1 + 0.2, 0.3)).toBe(false);
  });

  it('counts a thousandth over a pledge of ten million as too much: the allowance does not grow with the pledge', () => {
    expect(exceeds(10_000_000.005, 10_000_000)).toBe(true);
    expect(exceeds(1_000_000_000.001, 1_000_000_000)).toBe(true);
    expect(exceeds(1_000_000_000, 1_000_000_000)).toBe(false);
  });

  it('does not count the rounding of a large pledge as too much', () => {
    // 99,999,999.9 + 0.2 dollars is 1.5e-8 over 100,000,000.1 in binary arithmetic.
    expect(99_999_999.9 + 0.2 - 100_000_000.1).toBeGreaterThan(1e-9);
    expect(exceeds(99_999_999.9 + 0.2, 100_000_000.1)).toBe(false);
  });

  it('counts a thousandth more than a small limit as too much, and the limit itself as not', () => {
    expect(exceeds(0.301, 0.3)).toBe(true);
    expect(exceeds(1000.001, 1000)).toBe(true);
    expect(exceeds(1000, 1000)).toBe(false);
    expect(exceeds(999.999, 1000)).toBe(false);
  });

  it('counts anything of substance over a limit of nothing as too much', () => {
    expect(exceeds(0.001, 0)).toBe(true);
    expect(exceeds(0, 0)).toBe(false);
  });

  it('forgives less than half a thousandth, and nothing more', () => {
    expect(exceeds(0.0005, 0)).toBe(false);
    expect(exceeds(0.00051, 0)).toBe(true);
  });
});
