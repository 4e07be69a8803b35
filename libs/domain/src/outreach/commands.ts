import { Command } from '../shared';
import {
  Audience,
  PlacementKind,
  SeminarFormat,
  TipChannel,
  TipClosureReason,
  TipPriority,
} from './vocabulary';

/** Who came: whole numbers, the front-line personnel (teachers, counsellors, crews) among the attendees. */
export interface Attendance {
  readonly attendees: number;
  readonly frontLineStaff: number;
}

/** A CCHT training or seminar, recorded once it has been held. */
export type HoldSeminar = Command<
  'HoldSeminar',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly format: SeminarFormat;
    readonly audience: Audience;
    /** The venue by reference (a school district's or a campus's code), never an address. */
    readonly venue: string;
    readonly heldAt: string;
    readonly attendance: Attendance;
  }
>;

export type CorrectAttendance = Command<
  'CorrectAttendance',
  { readonly outreachId: string; readonly attendance: Attendance; readonly reason: string }
>;

/** A QR-poster campaign of a state with its transportation partners (AMTRAK-PD, FAMS); CCHT always takes part. */
export type LaunchCampaign = Command<
  'LaunchCampaign',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly name: string;
    readonly partners: readonly string[];
  }
>;

/** Where posters hang: a station or a train, by its reference (e.g. AMTRAK-STN-HOS-1, AMTRAK-TRAIN-421). */
export interface PlacementRef {
  readonly placement: PlacementKind;
  readonly reference: string;
}

export interface PosterCount extends PlacementRef {
  readonly posters: number;
}

export type PlacePosters = Command<
  'PlacePosters',
  { readonly outreachId: string; readonly agency: string; readonly placements: readonly PosterCount[] }
>;

export type RemovePosters = Command<
  'RemovePosters',
  { readonly outreachId: string; readonly agency: string; readonly removals: readonly PosterCount[] }
>;

/** The span a scan count covers: ISO-8601 instants, `to` after `from`. */
export interface CountPeriod {
  readonly from: string;
  readonly to: string;
}

export interface ScanCount extends PlacementRef {
  readonly scans: number;
}

/** The scans of the posters' QR codes over a period, per placement (the partner's analytics). */
export type RecordScans = Command<
  'RecordScans',
  {
    readonly outreachId: string;
    readonly agency: string;
    readonly period: CountPeriod;
    readonly scans: readonly ScanCount[];
  }
>;

/** A tip, by the reference of the tip line's record: never the tipster's or a victim's name. */
export type ReceiveTip = Command<
  'ReceiveTip',
  {
    readonly outreachId: string;
    readonly tip: string;
    readonly channel: TipChannel;
    readonly receivedAt: string;
    /** For a tip through a QR poster: the placement whose poster it came from, when known. */
    readonly poster?: PlacementRef;
  }
>;

export type TriageTip = Command<
  'TriageTip',
  {
    readonly outreachId: string;
    readonly tip: string;
    readonly priority: TipPriority;
    readonly note?: string;
  }
>;

/**
 * The tasking or report a tip is linked to, as the application layer read it from its stream just before
 * deciding: its task force and whether it was cancelled; absent when there is none.
 */
export interface LinkTipContext {
  readonly target?: { readonly taskForce: string; readonly cancelled?: boolean };
}

/** Exactly one of `taskingId` and `reportId`: the tasking the tip led to, or the operation it fed. */
export type LinkTip = Command<
  'LinkTip',
  {
    readonly outreachId: string;
    readonly tip: string;
    readonly taskingId?: string;
    readonly reportId?: string;
    readonly context: LinkTipContext;
  }
>;

export type CloseTip = Command<
  'CloseTip',
  {
    readonly outreachId: string;
    readonly tip: string;
    readonly reason: TipClosureReason;
    readonly note?: string;
  }
>;

export type OutreachCommand =
  | HoldSeminar
  | CorrectAttendance
  | LaunchCampaign
  | PlacePosters
  | RemovePosters
  | RecordScans
  | ReceiveTip
  | TriageTip
  | LinkTip
  | CloseTip;
