import { AssetInput } from './commands';
import { LedgerTotals, PETITION_STATUSES, PetitionStatus } from './vocabulary';

export interface PoolPlacement {
  readonly placementReference: string;
  readonly amount: number;
  readonly placedAt: string;
}

/** A survivor's petition, by reference only: nothing on it names or locates the petitioner. */
export interface RemissionPetition {
  readonly petitionReference: string;
  readonly referralId?: string;
  readonly status: PetitionStatus;
  readonly filedAt: string;
  readonly amountGranted?: number;
  readonly denialReason?: string;
  readonly paymentReference?: string;
}

export interface NoForfeiture {
  readonly status: 'none';
}

/**
 * A forfeiture action, from its seizure on: `forfeited` once a court ordered it, `in-pool` once money of
 * it was placed in the remission pool. Its totals per tier are kept as they move, never summed across.
 */
export interface OpenedForfeiture {
  readonly status: 'seized' | 'forfeited' | 'in-pool';
  readonly forfeitureId: string;
  readonly taskForce: string;
  readonly caseReference: string;
  readonly court: string;
  readonly seizingAgency: string;
  readonly assets: readonly AssetInput[];
  readonly openedAt: string;
  readonly order?: { readonly orderReference: string; readonly orderedAt: string };
  readonly placements: readonly PoolPlacement[];
  readonly petitions: readonly RemissionPetition[];
  readonly totals: LedgerTotals;
}

export type ForfeitureState = NoForfeiture | OpenedForfeiture;

export const initialForfeitureState: ForfeitureState = { status: 'none' };

export type PetitionCounts = Readonly<Record<PetitionStatus, number>>;

/** The forfeiture's petitions by where each stands now (a paid petition counts as paid, not as granted). */
export function petitionCounts(state: ForfeitureState): PetitionCounts {
  const counts = Object.fromEntries(PETITION_STATUSES.map((s) => [s, 0])) as Record<PetitionStatus, number>;
  if (state.status !== 'none') for (const petition of state.petitions) counts[petition.status] += 1;
  return counts;
}

export const petitionOf = (state: OpenedForfeiture, reference: string): RemissionPetition | undefined =>
  state.petitions.find((p) => p.petitionReference === reference);
