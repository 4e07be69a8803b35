import { assertNever } from '../shared';
import { ReferralEvent } from './events';
import { ReferralState } from './state';

export function evolve(state: ReferralState, event: ReferralEvent): ReferralState {
  if (event.type === 'ReferralMade') {
    const { note: _note, madeAt: _at, ...facts } = event.data;
    return { status: 'made', ...facts };
  }
  // decide never emits into a referral not made; a replay of a damaged stream folds to nothing.
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ReferralAccepted':
      return { ...state, status: 'accepted' };
    case 'ReferralStarted':
      return { ...state, status: 'in_progress' };
    case 'ReferralClosed':
      return { ...state, status: 'closed', outcome: event.data.outcome };
    default:
      return assertNever(event);
  }
}
