export interface BackoffOptions {
  readonly initialMs?: number;
  readonly maxMs?: number;
}

/**
 * Delay before retry number `attempt` (1-based): doubling from initialMs up to maxMs, with "full jitter"
 * so that relays and brokers recovering together do not retry in lockstep.
 */
export function backoffDelay(
  attempt: number,
  { initialMs = 100, maxMs = 10_000 }: BackoffOptions = {},
): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
