import { centsOf, MAX_AMOUNT_USD, sumUsd, usdAmountProblem, usdLabel, usdOf } from './money';

describe('money of a forfeiture', () => {
  it('adds in cents, so that binary rounding never shows', () => {
    expect(sumUsd([0.1, 0.2])).toBe(0.3);
    expect(sumUsd([1_250_000.5, 300_000, 450_000])).toBe(2_000_000.5);
    expect(sumUsd([])).toBe(0);
    expect(centsOf(0.29)).toBe(29);
    expect(usdOf(centsOf(19.99) * 3)).toBe(59.97);
  });

  it.each([
    [0.01, undefined],
    [MAX_AMOUNT_USD, undefined],
    [1_250_000.5, undefined],
    [0, 'must be a positive amount of dollars'],
    [-0.01, 'must be a positive amount of dollars'],
    [Number.POSITIVE_INFINITY, 'must be a positive amount of dollars'],
    [Number.NaN, 'must be a positive amount of dollars'],
    [MAX_AMOUNT_USD + 0.01, `must be at most ${MAX_AMOUNT_USD} dollars`],
    [0.001, 'must have at most 2 decimals (cents)'],
    [10.125, 'must have at most 2 decimals (cents)'],
  ])('%p: %p', (amount, problem) => {
    expect(usdAmountProblem(amount)).toBe(problem);
  });

  it('refuses what is not a number', () => {
    expect(usdAmountProblem('12' as unknown as number)).toBe('must be a positive amount of dollars');
  });

  it('reads as dollars and cents', () => {
    expect(usdLabel(2_000_000.5)).toBe('$2,000,000.50');
    expect(usdLabel(0)).toBe('$0.00');
  });
});
