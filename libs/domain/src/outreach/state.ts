import { Attendance, PlacementRef } from './commands';
import {
  Audience,
  PlacementKind,
  SeminarFormat,
  TipChannel,
  TipClosureReason,
  TipPriority,
  TipStatus,
} from './vocabulary';

/** One station or train of a campaign, and its counts so far. */
export interface PlacementRecord {
  readonly placement: PlacementKind;
  readonly reference: string;
  /** Posters up now: placed less removed, never below zero. */
  readonly posters: number;
  readonly placed: number;
  readonly removed: number;
  readonly scans: number;
  /** The end of the last period whose scans were counted: the next count starts at or after it. */
  readonly countedTo?: string;
}

export interface TipRecord {
  readonly tip: string;
  readonly channel: TipChannel;
  readonly poster?: PlacementRef;
  readonly status: TipStatus;
  readonly receivedAt: string;
  readonly priority?: TipPriority;
  readonly taskingId?: string;
  readonly reportId?: string;
  readonly closure?: TipClosureReason;
}

export interface NoOutreach {
  readonly kind: 'none';
}

export interface SeminarState {
  readonly kind: 'seminar';
  readonly outreachId: string;
  readonly taskForce: string;
  readonly format: SeminarFormat;
  readonly audience: Audience;
  readonly venue: string;
  readonly heldAt: string;
  readonly attendance: Attendance;
}

export interface CampaignState {
  readonly kind: 'campaign';
  readonly outreachId: string;
  readonly taskForce: string;
  readonly name: string;
  /** The partner agencies besides CCHT (AMTRAK-PD, FAMS ...): they and CCHT record on it. */
  readonly partners: readonly string[];
  readonly launchedAt: string;
  readonly placements: readonly PlacementRecord[];
  readonly tips: readonly TipRecord[];
}

export type OutreachState = NoOutreach | SeminarState | CampaignState;

export const initialOutreachState: OutreachState = { kind: 'none' };

/** Two placements are the same when they are of one kind and reference. */
export const placementKeyOf = (ref: PlacementRef): string => `${ref.placement}|${ref.reference}`;

export const findPlacement = (campaign: CampaignState, ref: PlacementRef): PlacementRecord | undefined =>
  campaign.placements.find((p) => p.placement === ref.placement && p.reference === ref.reference);

export const findTip = (campaign: CampaignState, tip: string): TipRecord | undefined =>
  campaign.tips.find((t) => t.tip === tip);
