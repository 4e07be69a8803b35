/**
 * Positions, revisions and cursors are PostgreSQL bigints: a value past 2^63 - 1 would fail the query that
 * carries it (answered 503 as if the store were down). Text is checked before it is turned into a number,
 * so that 1e400, 0x10 or 18446744073709551617 are each a 400 naming the parameter.
 */
export const INT64_MAX = 9_223_372_036_854_775_807n;

export function int64Of(text: string, min: bigint): bigint | undefined {
  if (!/^-?\d{1,19}$/.test(text)) return undefined;
  const value = BigInt(text);
  return value >= min && value <= INT64_MAX ? value : undefined;
}
