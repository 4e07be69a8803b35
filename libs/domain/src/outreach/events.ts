import { Event } from '../shared';
import { Attendance, CountPeriod, PlacementRef, PosterCount, ScanCount } from './commands';
import { Audience, SeminarFormat, TipChannel, TipClosureReason, TipPriority } from './vocabulary';

// Every event names the task force: the figures per state read it without loading the aggregate. A tip's
// events name its channel: the figures per channel move with them.

export type SeminarHeld = Event<
  'SeminarHeld',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly format: SeminarFormat;
    readonly audience: Audience;
    readonly venue: string;
    readonly heldAt: string;
    readonly attendance: Attendance;
    readonly recordedAt: string;
  }
>;

export type SeminarAttendanceCorrected = Event<
  'SeminarAttendanceCorrected',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly audience: Audience;
    readonly previous: Attendance;
    readonly attendance: Attendance;
    readonly reason: string;
    readonly correctedAt: string;
  }
>;

export type CampaignLaunched = Event<
  'CampaignLaunched',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly name: string;
    readonly partners: readonly string[];
    readonly launchedAt: string;
  }
>;

/** `total` is the sum of the placements' posters. */
export type PostersPlaced = Event<
  'PostersPlaced',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly agency: string;
    readonly placements: readonly PosterCount[];
    readonly total: number;
    readonly placedAt: string;
  }
>;

export type PostersRemoved = Event<
  'PostersRemoved',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly agency: string;
    readonly removals: readonly PosterCount[];
    readonly total: number;
    readonly removedAt: string;
  }
>;

export type ScansRecorded = Event<
  'ScansRecorded',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly agency: string;
    readonly period: CountPeriod;
    readonly scans: readonly ScanCount[];
    readonly total: number;
    readonly recordedAt: string;
  }
>;

export type TipReceived = Event<
  'TipReceived',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly tip: string;
    readonly channel: TipChannel;
    readonly poster?: PlacementRef;
    readonly receivedAt: string;
    readonly recordedAt: string;
  }
>;

export type TipTriaged = Event<
  'TipTriaged',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly tip: string;
    readonly channel: TipChannel;
    readonly priority: TipPriority;
    readonly note?: string;
    readonly triagedAt: string;
  }
>;

/** Exactly one of `taskingId` and `reportId`. */
export type TipLinked = Event<
  'TipLinked',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly tip: string;
    readonly channel: TipChannel;
    readonly taskingId?: string;
    readonly reportId?: string;
    readonly linkedAt: string;
  }
>;

export type TipClosed = Event<
  'TipClosed',
  {
    readonly outreachId: string;
    readonly taskForce: string;
    readonly tip: string;
    readonly channel: TipChannel;
    readonly reason: TipClosureReason;
    readonly note?: string;
    readonly closedAt: string;
  }
>;

export type OutreachEvent =
  | SeminarHeld
  | SeminarAttendanceCorrected
  | CampaignLaunched
  | PostersPlaced
  | PostersRemoved
  | ScansRecorded
  | TipReceived
  | TipTriaged
  | TipLinked
  | TipClosed;

export type OutreachEventType = OutreachEvent['type'];

// A mapped type rather than a plain array so that the compiler refuses a list missing an event type.
const EVERY_TYPE: { readonly [K in OutreachEventType]: K } = {
  SeminarHeld: 'SeminarHeld',
  SeminarAttendanceCorrected: 'SeminarAttendanceCorrected',
  CampaignLaunched: 'CampaignLaunched',
  PostersPlaced: 'PostersPlaced',
  PostersRemoved: 'PostersRemoved',
  ScansRecorded: 'ScansRecorded',
  TipReceived: 'TipReceived',
  TipTriaged: 'TipTriaged',
  TipLinked: 'TipLinked',
  TipClosed: 'TipClosed',
};

export const OUTREACH_EVENT_TYPES: readonly OutreachEventType[] = Object.values(EVERY_TYPE);
