import {
  centsOf,
  LEDGER_TIERS,
  LedgerTier,
  LedgerTotals,
  PETITION_STATUSES,
  petitionCounts,
  PetitionCounts,
  usdOf,
} from '@hstf/domain';
import { ForfeitureRow } from './forfeiture-row';

export const NATIONAL_LEDGER = 'national';
export const STATE_LEDGER_PREFIX = 'state:';
export const stateLedger = (state: string): string => `${STATE_LEDGER_PREFIX}${state}`;

/**
 * The remission ledger of the nation or of one state: the forfeitures' totals of each tier, in whole
 * cents so that thousands of additions stay exact, and their petitions by where each stands. The tiers
 * are never added together: a dollar paid is also granted, in the pool, forfeited and seized.
 */
export interface LedgerRow {
  readonly scope: string;
  readonly cents: Readonly<Record<LedgerTier, number>>;
  readonly petitions: PetitionCounts;
  readonly forfeitures: number;
}

export interface LedgerMove {
  readonly scope: string;
  readonly row: ForfeitureRow;
  readonly sign: 1 | -1;
}

/** The ledgers a forfeiture counts in: the nation's and its task force's state's. */
export const ledgersOf = (row: ForfeitureRow | undefined): string[] =>
  row === undefined ? [] : [NATIONAL_LEDGER, stateLedger(row.taskForce)];

/**
 * What a forfeiture's change does to the ledgers: it leaves each ledger it was in with all it added there,
 * and enters each it is in now with all it adds now, so a ledger is always the sum of its forfeitures as
 * they stand, whatever the order of their events.
 */
export function ledgerMoves(
  before: ForfeitureRow | undefined,
  after: ForfeitureRow | undefined,
): LedgerMove[] {
  return [
    ...ledgersOf(before).map((scope) => ({ scope, row: before as ForfeitureRow, sign: -1 as const })),
    ...ledgersOf(after).map((scope) => ({ scope, row: after as ForfeitureRow, sign: 1 as const })),
  ];
}

const byTier = <V>(value: (tier: LedgerTier) => V): Record<LedgerTier, V> =>
  Object.fromEntries(LEDGER_TIERS.map((tier) => [tier, value(tier)])) as Record<LedgerTier, V>;

export const emptyLedger = (scope: string): LedgerRow => ({
  scope,
  cents: byTier(() => 0),
  petitions: petitionCounts({ status: 'none' }),
  forfeitures: 0,
});

export function moveLedger(row: LedgerRow | undefined, move: LedgerMove): LedgerRow {
  const from = row ?? emptyLedger(move.scope);
  const counts = petitionCounts(move.row);
  return {
    scope: move.scope,
    cents: byTier((tier) => from.cents[tier] + move.sign * centsOf(move.row.totals[tier])),
    petitions: Object.fromEntries(
      PETITION_STATUSES.map((status) => [status, from.petitions[status] + move.sign * counts[status]]),
    ) as Record<(typeof PETITION_STATUSES)[number], number>,
    forfeitures: from.forfeitures + move.sign,
  };
}

/** The ledger's totals in dollars and cents. */
export const totalsOf = (row: LedgerRow): LedgerTotals => byTier((tier) => usdOf(row.cents[tier]));
