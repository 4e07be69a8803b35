import { evolveForfeiture, ForfeitureEvent, initialForfeitureState, OpenedForfeiture } from '@hstf/domain';

/** A forfeiture as the decider folds it: the ledger re-counts it from the forfeiture's own totals. */
export type ForfeitureRow = OpenedForfeiture;

export function evolveForfeitureRow(
  row: ForfeitureRow | undefined,
  event: ForfeitureEvent,
): ForfeitureRow | undefined {
  const next = evolveForfeiture(row ?? initialForfeitureState, event);
  return next.status === 'none' ? undefined : next;
}
