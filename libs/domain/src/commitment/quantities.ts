import { CommitmentState } from './state';

/** What has been delivered so far; deliveries made before a withdrawal still count. */
export const delivered = (state: CommitmentState): number =>
  state.status === 'none' ? 0 : state.deliveries.reduce((sum, delivery) => sum + delivery.quantity, 0);

/** What is still to come: nothing once the pledge is withdrawn, nothing before it is made. */
export function remaining(state: CommitmentState): number {
  if (state.status !== 'pledged') return 0;
  const sofar = delivered(state);
  return exceeds(state.quantity, sofar) ? state.quantity - sofar : 0;
}

/**
 * Whether `amount` is more than `limit`, forgiving binary rounding: 0.1 + 0.2 analyst-hours delivered
 * against a pledge of 0.3 must not count as too much.
 */
export const exceeds = (amount: number, limit: number): boolean =>
  amount - limit > 1e-9 * Math.max(1, Math.abs(limit));
