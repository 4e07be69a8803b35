/**
 * The fixed vocabularies of a task force's outreach. Outreach is coordinated by reference only: a venue, a
 * station, a train and a tip are each known by a reference, never by a person's name or contact details.
 */

/** The DHS Center for Countering Human Trafficking: it holds the seminars and takes part in every campaign. */
export const CCHT = 'CCHT';

/** A CCHT training for front-line personnel, or an awareness seminar. */
export const SEMINAR_FORMATS = ['training', 'seminar'] as const;
export type SeminarFormat = (typeof SEMINAR_FORMATS)[number];

export const AUDIENCES = [
  'high-schools',
  'colleges',
  'transportation-staff',
  'social-service-partners',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Where a campaign's QR-coded posters hang: in a station, or on a train. */
export const PLACEMENT_KINDS = ['station', 'train'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/** How a tip reached the campaign. */
export const TIP_CHANNELS = ['qr-poster', 'hotline', 'web', 'in-person'] as const;
export type TipChannel = (typeof TIP_CHANNELS)[number];

export const TIP_PRIORITIES = ['urgent', 'routine'] as const;
export type TipPriority = (typeof TIP_PRIORITIES)[number];

/** Why a tip was closed without leading to a tasking or a report. */
export const TIP_CLOSURE_REASONS = [
  'duplicate',
  'no-trafficking-nexus',
  'insufficient-information',
  'referred-to-another-jurisdiction',
] as const;
export type TipClosureReason = (typeof TIP_CLOSURE_REASONS)[number];

/** A tip's lifecycle: received -> triaged -> linked (to a tasking or a report), or closed with a reason. */
export const TIP_STATUSES = ['received', 'triaged', 'linked', 'closed'] as const;
export type TipStatus = (typeof TIP_STATUSES)[number];

// Bounds: every count is a whole number a read model stores and a reader can believe.
export const MAX_ATTENDANCE = 100_000;
export const MAX_POSTERS = 100_000;
export const MAX_SCANS = 10_000_000;
export const MAX_PARTNERS = 10;
export const MAX_OUTREACH_ITEMS_PER_COMMAND = 200;
export const MAX_PLACEMENTS_PER_CAMPAIGN = 1_000;
export const MAX_TIPS_PER_CAMPAIGN = 10_000;
export const MAX_OUTREACH_TEXT = 2_000;

const within =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

export const isSeminarFormat = within(SEMINAR_FORMATS);
export const isAudience = within(AUDIENCES);
export const isPlacementKind = within(PLACEMENT_KINDS);
export const isTipChannel = within(TIP_CHANNELS);
export const isTipPriority = within(TIP_PRIORITIES);
export const isTipClosureReason = within(TIP_CLOSURE_REASONS);
