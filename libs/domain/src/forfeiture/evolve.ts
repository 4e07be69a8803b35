import { assertNever } from '../shared';
import { ForfeitureEvent } from './events';
import { centsOf, usdOf } from './money';
import { ForfeitureState, OpenedForfeiture, RemissionPetition } from './state';
import { LedgerTier, noLedgerTotals } from './vocabulary';

/** The totals with `amount` added to one tier, in cents. */
const add = (state: OpenedForfeiture, tier: LedgerTier, amount: number): OpenedForfeiture['totals'] => ({
  ...state.totals,
  [tier]: usdOf(centsOf(state.totals[tier]) + centsOf(amount)),
});

function changePetition(
  state: OpenedForfeiture,
  reference: string,
  change: (petition: RemissionPetition) => RemissionPetition,
): readonly RemissionPetition[] {
  return state.petitions.map((p) => (p.petitionReference === reference ? change(p) : p));
}

export function evolve(state: ForfeitureState, event: ForfeitureEvent): ForfeitureState {
  if (event.type === 'ForfeitureOpened') {
    const { forfeitureId, taskForce, caseReference, court, seizingAgency, assets, amountSeized, openedAt } =
      event.data;
    return {
      status: 'seized',
      forfeitureId,
      taskForce,
      caseReference,
      court,
      seizingAgency,
      assets: assets.map((a) => ({ ...a })),
      openedAt,
      placements: [],
      petitions: [],
      totals: { ...noLedgerTotals(), seized: amountSeized },
    };
  }
  // decide never emits into a forfeiture not opened; a replay of a damaged stream folds to nothing rather than throw.
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ForfeitureOrdered': {
      const { orderReference, amountForfeited, orderedAt } = event.data;
      return {
        ...state,
        status: 'forfeited',
        order: { orderReference, orderedAt },
        totals: { ...state.totals, forfeited: amountForfeited },
      };
    }
    case 'PlacedInRemissionPool': {
      const { placementReference, amount, placedAt } = event.data;
      return {
        ...state,
        status: 'in-pool',
        placements: [...state.placements, { placementReference, amount, placedAt }],
        totals: add(state, 'inPool', amount),
      };
    }
    case 'RemissionPetitionFiled': {
      const { petitionReference, referralId, filedAt } = event.data;
      const petition: RemissionPetition = {
        petitionReference,
        ...(referralId === undefined ? {} : { referralId }),
        status: 'filed',
        filedAt,
      };
      return { ...state, petitions: [...state.petitions, petition] };
    }
    case 'RemissionPetitionReviewStarted':
      return {
        ...state,
        petitions: changePetition(state, event.data.petitionReference, (p) => ({
          ...p,
          status: 'under-review',
        })),
      };
    case 'RemissionPetitionGranted': {
      const { petitionReference, amount } = event.data;
      return {
        ...state,
        petitions: changePetition(state, petitionReference, (p) => ({
          ...p,
          status: 'granted',
          amountGranted: amount,
        })),
        totals: add(state, 'granted', amount),
      };
    }
    case 'RemissionPetitionDenied': {
      const { petitionReference, reason } = event.data;
      return {
        ...state,
        petitions: changePetition(state, petitionReference, (p) => ({
          ...p,
          status: 'denied',
          denialReason: reason,
        })),
      };
    }
    case 'RemissionPetitionPaid': {
      const { petitionReference, amount, paymentReference } = event.data;
      return {
        ...state,
        petitions: changePetition(state, petitionReference, (p) => ({
          ...p,
          status: 'paid',
          paymentReference,
        })),
        totals: add(state, 'paid', amount),
      };
    }
    default:
      return assertNever(event);
  }
}
