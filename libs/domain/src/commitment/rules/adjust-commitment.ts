import { accept, Decision, reject } from '../../shared';
import { AdjustCommitment } from '../commands';
import { CommitmentEvent } from '../events';
import { delivered, exceeds } from '../quantities';
import { PledgedCommitment } from '../state';
import { APPROPRIATION_STATUSES, isAppropriationStatus, SupportPeriod } from '../support';
import { Refusal, requirePeriod, requirePositiveQuantity, requireText } from './checks';

const samePeriod = (a: SupportPeriod, b: SupportPeriod): boolean =>
  Date.parse(a.from) === Date.parse(b.from) && Date.parse(a.to) === Date.parse(b.to);

function checkQuantity(quantity: number, state: PledgedCommitment): Refusal {
  const sofar = delivered(state);
  return (
    requirePositiveQuantity(quantity, 'pledged', state.commitmentId) ??
    (exceeds(sofar, quantity)
      ? reject(
          'COMMITMENT_BELOW_DELIVERED',
          `Commitment ${state.commitmentId} cannot be lowered to ${quantity} ${state.unit}: ${sofar} ${state.unit} were already delivered.`,
        )
      : undefined)
  );
}

export function adjustCommitment(
  command: AdjustCommitment,
  state: PledgedCommitment,
): Decision<CommitmentEvent> {
  const { commitmentId, agency } = state;
  const { quantity, appropriation, period, reason } = command.data;
  if (appropriation !== undefined && !isAppropriationStatus(appropriation)) {
    return reject(
      'COMMITMENT_UNKNOWN_APPROPRIATION',
      `Commitment ${commitmentId} has appropriation ${appropriation}; it must be one of ${APPROPRIATION_STATUSES.join(', ')}.`,
    );
  }
  const refusal =
    requireText('reason for adjusting', reason, commitmentId) ??
    (quantity === undefined ? undefined : checkQuantity(quantity, state)) ??
    (period === undefined ? undefined : requirePeriod(period, commitmentId));
  if (refusal) return refusal;
  // Restating a value as it stands is not a change; the event records only what moved.
  const changes = {
    ...(quantity === undefined || quantity === state.quantity ? {} : { quantity }),
    ...(appropriation === undefined || appropriation === state.appropriation ? {} : { appropriation }),
    ...(period === undefined || samePeriod(period, state.period)
      ? {}
      : { period: { from: period.from, to: period.to } }),
  };
  if (Object.keys(changes).length === 0) {
    return reject(
      'COMMITMENT_NO_CHANGE',
      `The adjustment of commitment ${commitmentId} changes nothing: quantity ${state.quantity} ${state.unit}, appropriation ${state.appropriation}, period ${state.period.from} to ${state.period.to} stand as they are.`,
    );
  }
  return accept({
    type: 'CommitmentAdjusted',
    data: { commitmentId, agency, ...changes, reason, adjustedAt: command.meta.now },
  });
}
