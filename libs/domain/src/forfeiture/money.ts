/**
 * Money of a forfeiture, in U.S. dollars to the cent. Amounts are added and compared in whole cents, so
 * that a pool of 0.1 + 0.2 placed is exactly 0.3 and a grant of the pool's last cent is never refused by
 * binary rounding; they are stored and shown as dollars with at most two decimals.
 */
export const MAX_AMOUNT_USD = 10_000_000_000;

/** Whole cents of an amount in dollars (rounded: 0.29 is 28.999999999999996 cents in binary). */
export const centsOf = (usd: number): number => Math.round(usd * 100);

/** Dollars of whole cents: exact to the cent for every amount up to MAX_AMOUNT_USD, summed many times. */
export const usdOf = (cents: number): number => cents / 100;

/** The sum of amounts in dollars, added in cents. */
export const sumUsd = (amounts: readonly number[]): number =>
  usdOf(amounts.reduce((sum, amount) => sum + centsOf(amount), 0));

/** Why an amount is not one of dollars and cents, as the end of a sentence; undefined when it is. */
export function usdAmountProblem(usd: number): string | undefined {
  if (typeof usd !== 'number' || !Number.isFinite(usd) || usd <= 0)
    return 'must be a positive amount of dollars';
  if (usd > MAX_AMOUNT_USD) return `must be at most ${MAX_AMOUNT_USD} dollars`;
  // A third decimal leaves a remainder of at least a tenth of a cent; binary rounding far less.
  if (Math.abs(usd * 100 - centsOf(usd)) > 1e-6) return 'must have at most 2 decimals (cents)';
  return undefined;
}

/** `$1,250,000.50`: how an amount reads in a sentence or a feed line. */
export const usdLabel = (usd: number): string =>
  `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
