import { QUANTITY_DECIMALS } from '../shared';
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
 * Quantities come in steps of a thousandth (QUANTITY_DECIMALS), so a real overshoot is at least 0.001;
 * binary rounding of sums up to the largest quantity stays far below half of that. A fixed allowance,
 * not one in proportion to the limit: 1e-9 of a pledge of 10,000,000 let a delivery 0.005 over it through.
 */
const ROUNDING_ALLOWANCE = 0.5 * 10 ** -QUANTITY_DECIMALS;

/**
 * Whether `amount` is more than `limit`, forgiving binary rounding: 0.1 + 0.2 analyst-hours delivered
 * against a pledge of 0.3 must not count as too much.
 */
export const exceeds = (amount: number, limit: number): boolean => amount - limit > ROUNDING_ALLOWANCE;
