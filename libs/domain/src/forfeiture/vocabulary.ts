/** What DOJ seizes in a case such as Backpage's: money in accounts, property, vehicles, cryptocurrency. */
export const ASSET_KINDS = [
  'currency',
  'financial-account',
  'real-property',
  'vehicle',
  'digital-asset',
  'other',
] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];
export const isAssetKind = (value: string): value is AssetKind =>
  (ASSET_KINDS as readonly string[]).includes(value);

/**
 * The tiers of the ledger, in order, each a part of the one before: what was seized, what a court
 * forfeited of it, what was placed in the remission pool, what was granted to petitioners from the pool,
 * and what was paid of the grants. Never to be added across tiers: a dollar paid is also granted, in the
 * pool, forfeited and seized.
 */
export const LEDGER_TIERS = ['seized', 'forfeited', 'inPool', 'granted', 'paid'] as const;
export type LedgerTier = (typeof LEDGER_TIERS)[number];
export type LedgerTotals = Readonly<Record<LedgerTier, number>>;

export const noLedgerTotals = (): LedgerTotals => ({
  seized: 0,
  forfeited: 0,
  inPool: 0,
  granted: 0,
  paid: 0,
});

/** A remission petition under 28 C.F.R. Part 9: filed, reviewed, then granted or denied; a grant is paid. */
export const PETITION_STATUSES = ['filed', 'under-review', 'granted', 'denied', 'paid'] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

/** The agency that rules on remission petitions and pays them: DOJ's Money Laundering and Asset Recovery Section. */
export const REMISSION_AUTHORITY = 'DOJ-MLARS';
/** The agency that helps survivors file: DHS's Center for Countering Human Trafficking. */
export const PETITIONS_FILED_BY = 'CCHT';

/** At most this many assets in one action, placements and petitions on one forfeiture. */
export const MAX_ASSETS = 200;
export const MAX_PLACEMENTS = 1_000;
export const MAX_PETITIONS = 10_000;
