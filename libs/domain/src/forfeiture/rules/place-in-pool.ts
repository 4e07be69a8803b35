import { accept, Decision, reject } from '../../shared';
import { PlaceInRemissionPool } from '../commands';
import { ForfeitureEvent } from '../events';
import { centsOf, usdLabel, usdOf } from '../money';
import { OpenedForfeiture } from '../state';
import { MAX_PLACEMENTS } from '../vocabulary';
import { firstRefusal, requireAmount, requireReference } from './checks';

/**
 * Forfeited money goes into the remission pool in one or more placements, each under the reference of its
 * transfer, and never more in all than the court forfeited.
 */
export function placeInPool(
  command: PlaceInRemissionPool,
  state: OpenedForfeiture,
): Decision<ForfeitureEvent> {
  const { forfeitureId, taskForce, totals } = state;
  const { placementReference, amount } = command.data;
  if (state.order === undefined)
    return reject(
      'FORFEITURE_NOT_FORFEITED',
      `Forfeiture ${forfeitureId} has no order of forfeiture yet: only forfeited money goes into the remission pool.`,
    );
  const left = usdOf(centsOf(totals.forfeited) - centsOf(totals.inPool));
  const refusal = firstRefusal(
    () => requireReference('placement reference', placementReference, forfeitureId, command.meta.now),
    () => requireAmount('amount placed in the pool', amount, forfeitureId),
    () =>
      state.placements.some((p) => p.placementReference === placementReference)
        ? reject(
            'FORFEITURE_DUPLICATE_PLACEMENT',
            `Placement ${placementReference} was already recorded on forfeiture ${forfeitureId}.`,
          )
        : undefined,
    () =>
      state.placements.length >= MAX_PLACEMENTS
        ? reject(
            'FORFEITURE_TOO_MANY_ITEMS',
            `Forfeiture ${forfeitureId} holds ${MAX_PLACEMENTS} placements, as many as one forfeiture may.`,
          )
        : undefined,
    () =>
      centsOf(amount) > centsOf(left)
        ? reject(
            'FORFEITURE_EXCEEDS_FORFEITED',
            `Placing ${usdLabel(amount)} would exceed forfeiture ${forfeitureId}: ${usdLabel(totals.forfeited)} forfeited, ${usdLabel(totals.inPool)} in the pool, ${usdLabel(left)} left to place.`,
          )
        : undefined,
  );
  if (refusal) return refusal;
  return accept({
    type: 'PlacedInRemissionPool',
    data: { forfeitureId, taskForce, placementReference, amount, placedAt: command.meta.now },
  });
}
