import { assertNever } from '../shared';
import { CommitmentEvent } from './events';
import { CommitmentState } from './state';

export function evolve(state: CommitmentState, event: CommitmentEvent): CommitmentState {
  if (event.type === 'SupportPledged') {
    const { commitmentId, agency, taskForce, kind, quantity, unit, period, appropriation } = event.data;
    return {
      status: 'pledged',
      commitmentId,
      agency,
      taskForce,
      kind,
      quantity,
      unit,
      period,
      appropriation,
      deliveries: [],
    };
  }
  // decide never emits into an unpledged stream; a replay of a damaged one folds to nothing rather than throw.
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'SupportDelivered': {
      const { deliveryId, quantity, deliveredAt } = event.data;
      return { ...state, deliveries: [...state.deliveries, { deliveryId, quantity, deliveredAt }] };
    }
    case 'CommitmentAdjusted': {
      const {
        quantity = state.quantity,
        appropriation = state.appropriation,
        period = state.period,
      } = event.data;
      return { ...state, quantity, appropriation, period };
    }
    case 'CommitmentWithdrawn':
      return { ...state, status: 'withdrawn' };
    default:
      return assertNever(event);
  }
}
