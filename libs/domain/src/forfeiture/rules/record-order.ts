import { accept, Decision, reject } from '../../shared';
import { RecordForfeitureOrder } from '../commands';
import { ForfeitureEvent } from '../events';
import { centsOf, usdLabel } from '../money';
import { OpenedForfeiture } from '../state';
import { firstRefusal, requireAmount, requireReference } from './checks';

/**
 * The court's order of forfeiture, once: what it forfeits is at most what was seized (a court forfeits
 * assets the government holds). A second order, or an amended one, is not modelled: a mistake is a matter
 * for the court, and the ledger's figures would then have to say which order they follow.
 */
export function recordOrder(
  command: RecordForfeitureOrder,
  state: OpenedForfeiture,
): Decision<ForfeitureEvent> {
  const { forfeitureId, taskForce, totals } = state;
  const { orderReference, amountForfeited } = command.data;
  if (state.order !== undefined)
    return reject(
      'FORFEITURE_ALREADY_ORDERED',
      `Forfeiture ${forfeitureId} was already ordered by ${state.order.orderReference}, forfeiting ${usdLabel(totals.forfeited)}.`,
    );
  const refusal = firstRefusal(
    () => requireReference('order reference', orderReference, forfeitureId, command.meta.now),
    () => requireAmount('amount forfeited', amountForfeited, forfeitureId),
    () =>
      centsOf(amountForfeited) > centsOf(totals.seized)
        ? reject(
            'FORFEITURE_EXCEEDS_SEIZED',
            `Forfeiture ${forfeitureId} cannot forfeit ${usdLabel(amountForfeited)}: ${usdLabel(totals.seized)} was seized.`,
          )
        : undefined,
  );
  if (refusal) return refusal;
  return accept({
    type: 'ForfeitureOrdered',
    data: { forfeitureId, taskForce, orderReference, amountForfeited, orderedAt: command.meta.now },
  });
}
