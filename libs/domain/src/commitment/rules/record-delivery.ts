import { accept, Decision, reject } from '../../shared';
import { RecordDelivery } from '../commands';
import { CommitmentEvent } from '../events';
import { PledgedCommitment } from '../state';
import { delivered, exceeds, remaining } from '../quantities';
import { instantProblem, optionalText, requirePositiveQuantity, requireText } from './checks';

/**
 * Deliveries add up to the pledge and no further: more than was pledged is a new pledge (or an
 * adjustment), so that "pledged vs delivered" never reads above 100 percent.
 */
export function recordDelivery(command: RecordDelivery, state: PledgedCommitment): Decision<CommitmentEvent> {
  const { commitmentId, agency, unit, quantity: pledged } = state;
  const { deliveryId, quantity, deliveredAt, note } = command.data;
  const refusal =
    requireText('delivery id', deliveryId, commitmentId, 'line') ??
    requirePositiveQuantity(quantity, 'delivered', commitmentId) ??
    optionalText('note', note, commitmentId);
  if (refusal) return refusal;
  if (state.deliveries.some((d) => d.deliveryId === deliveryId)) {
    return reject(
      'COMMITMENT_DUPLICATE_DELIVERY',
      `Delivery ${deliveryId} was already recorded on commitment ${commitmentId}.`,
    );
  }
  const badTime = instantProblem(deliveredAt);
  if (badTime) {
    return reject(
      'COMMITMENT_INVALID_DELIVERED_AT',
      `The delivery time ${deliveredAt} of delivery ${deliveryId} ${badTime}.`,
    );
  }
  if (Date.parse(deliveredAt) > Date.parse(command.meta.now)) {
    return reject(
      'COMMITMENT_DELIVERY_IN_FUTURE',
      `Delivery ${deliveryId} is dated ${deliveredAt}, after ${command.meta.now}; record deliveries once made.`,
    );
  }
  if (exceeds(delivered(state) + quantity, pledged)) {
    return reject(
      'COMMITMENT_EXCEEDS_PLEDGE',
      `Delivery ${deliveryId} of ${quantity} ${unit} exceeds commitment ${commitmentId}: ${pledged} ${unit} pledged, ${delivered(state)} delivered, ${remaining(state)} remaining.`,
    );
  }
  return accept({
    type: 'SupportDelivered',
    data: {
      commitmentId,
      agency,
      deliveryId,
      quantity,
      unit,
      deliveredAt,
      ...(note === undefined ? {} : { note }),
      recordedAt: command.meta.now,
    },
  });
}
