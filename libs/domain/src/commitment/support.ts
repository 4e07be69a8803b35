/** The forms of support the order asks of agency heads: staff, intelligence, logistics, operations, kit. */
export const SUPPORT_KINDS = [
  'personnel',
  'intelligence',
  'logistics',
  'operational-support',
  'equipment',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/**
 * Support is pledged "subject to available appropriations": whether the money is there is part of the
 * pledge, shown beside it, and changes as budgets move.
 */
export const APPROPRIATION_STATUSES = ['available', 'pending', 'unfunded'] as const;
export type AppropriationStatus = (typeof APPROPRIATION_STATUSES)[number];

/** ISO-8601 instants; `to` is after `from`. */
export interface SupportPeriod {
  readonly from: string;
  readonly to: string;
}

export const isSupportKind = (value: string): value is SupportKind =>
  (SUPPORT_KINDS as readonly string[]).includes(value);

export const isAppropriationStatus = (value: string): value is AppropriationStatus =>
  (APPROPRIATION_STATUSES as readonly string[]).includes(value);
