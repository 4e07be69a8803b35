import { CommandMeta } from '../shared';
import {
  Attendance,
  CloseTip,
  CorrectAttendance,
  HoldSeminar,
  LaunchCampaign,
  LinkTip,
  LinkTipContext,
  PlacePosters,
  PosterCount,
  ReceiveTip,
  RecordScans,
  RemovePosters,
  ScanCount,
  TriageTip,
} from './commands';
import { OutreachEvent } from './events';

// The Texas task force's outreach: CCHT's seminar at a Houston high school, and the I-45 corridor
// QR-poster campaign with the Amtrak Police and the Federal Air Marshal Service.
export const SEMINAR_ID = '3c0a8f4e-2b61-4d7a-9c15-5e8b7f2d1a90';
export const CAMPAIGN_ID = '9e4d2b17-6a3c-4f58-8d01-b7c6e5a4f3d2';
export const TASKING_ID = '5f7e1c2a-8b4d-4e69-a0f3-1d2c3b4a5e6f';
export const REPORT_ID = '7b1f3a52-4c0e-4d8a-9e61-2f5a8c9d0b14';
export const LAUNCHED = '2026-03-01T12:00:00.000Z';
export const NOW = '2026-03-10T12:00:00.000Z';
export const PARTNERS = ['AMTRAK-PD', 'FAMS'];
export const VENUE = 'TX-HS-101912';
export const STATION = { placement: 'station' as const, reference: 'AMTRAK-STN-HOS-1' };
export const TRAIN = { placement: 'train' as const, reference: 'AMTRAK-TRAIN-421' };
export const TIP = 'TIP-TX-2026-000123';
export const ATTENDANCE: Attendance = { attendees: 240, frontLineStaff: 18 };

export const by = (actorAgency?: string, now = NOW): CommandMeta =>
  actorAgency ? { now, actorAgency } : { now };

export const seminarCmd = (
  overrides: Partial<HoldSeminar['data']> = {},
  actor: string | undefined = 'CCHT',
): HoldSeminar => ({
  type: 'HoldSeminar',
  data: {
    outreachId: SEMINAR_ID,
    taskForce: 'TX',
    format: 'seminar',
    audience: 'high-schools',
    venue: VENUE,
    heldAt: '2026-03-09T15:00:00.000Z',
    attendance: ATTENDANCE,
    ...overrides,
  },
  meta: by(actor),
});

export const seminarHeld: OutreachEvent = {
  type: 'SeminarHeld',
  data: {
    outreachId: SEMINAR_ID,
    taskForce: 'TX',
    format: 'seminar',
    audience: 'high-schools',
    venue: VENUE,
    heldAt: '2026-03-09T15:00:00.000Z',
    attendance: ATTENDANCE,
    recordedAt: NOW,
  },
};

export const correctCmd = (
  attendance: Attendance,
  reason = 'Sign-in sheets tallied after the seminar.',
  actor: string | undefined = 'CCHT',
): CorrectAttendance => ({
  type: 'CorrectAttendance',
  data: { outreachId: SEMINAR_ID, attendance, reason },
  meta: by(actor),
});

export const launchCmd = (overrides: Partial<LaunchCampaign['data']> = {}): LaunchCampaign => ({
  type: 'LaunchCampaign',
  data: {
    outreachId: CAMPAIGN_ID,
    taskForce: 'TX',
    name: 'I-45 corridor: QR posters at stations and on trains',
    partners: PARTNERS,
    ...overrides,
  },
  meta: by(undefined, LAUNCHED),
});

export const launched: OutreachEvent = {
  type: 'CampaignLaunched',
  data: {
    outreachId: CAMPAIGN_ID,
    taskForce: 'TX',
    name: 'I-45 corridor: QR posters at stations and on trains',
    partners: PARTNERS,
    launchedAt: LAUNCHED,
  },
};

export const placeCmd = (
  placements: readonly PosterCount[],
  agency = 'AMTRAK-PD',
  actor: string | undefined = agency,
): PlacePosters => ({
  type: 'PlacePosters',
  data: { outreachId: CAMPAIGN_ID, agency, placements },
  meta: by(actor),
});

export const placed = (placements: readonly PosterCount[], agency = 'AMTRAK-PD'): OutreachEvent => ({
  type: 'PostersPlaced',
  data: {
    outreachId: CAMPAIGN_ID,
    taskForce: 'TX',
    agency,
    placements,
    total: placements.reduce((sum, p) => sum + p.posters, 0),
    placedAt: NOW,
  },
});

export const removeCmd = (
  removals: readonly PosterCount[],
  agency = 'AMTRAK-PD',
  actor: string | undefined = agency,
): RemovePosters => ({
  type: 'RemovePosters',
  data: { outreachId: CAMPAIGN_ID, agency, removals },
  meta: by(actor),
});

export const WEEK = { from: '2026-03-02T00:00:00.000Z', to: '2026-03-09T00:00:00.000Z' };

export const scansCmd = (
  scans: readonly ScanCount[],
  period = WEEK,
  agency = 'AMTRAK-PD',
  actor: string | undefined = agency,
): RecordScans => ({
  type: 'RecordScans',
  data: { outreachId: CAMPAIGN_ID, agency, period, scans },
  meta: by(actor),
});

export const scansRecorded = (
  scans: readonly ScanCount[],
  period = WEEK,
  agency = 'AMTRAK-PD',
): OutreachEvent => ({
  type: 'ScansRecorded',
  data: {
    outreachId: CAMPAIGN_ID,
    taskForce: 'TX',
    agency,
    period,
    scans,
    total: scans.reduce((sum, s) => sum + s.scans, 0),
    recordedAt: NOW,
  },
});

export const tipCmd = (
  overrides: Partial<ReceiveTip['data']> = {},
  actor: string | undefined = 'CCHT',
): ReceiveTip => ({
  type: 'ReceiveTip',
  data: {
    outreachId: CAMPAIGN_ID,
    tip: TIP,
    channel: 'qr-poster',
    receivedAt: '2026-03-08T21:30:00.000Z',
    poster: TRAIN,
    ...overrides,
  },
  meta: by(actor),
});

export const tipReceived = (tip = TIP, channel: 'qr-poster' | 'hotline' = 'qr-poster'): OutreachEvent => ({
  type: 'TipReceived',
  data: {
    outreachId: CAMPAIGN_ID,
    taskForce: 'TX',
    tip,
    channel,
    receivedAt: '2026-03-08T21:30:00.000Z',
    recordedAt: NOW,
  },
});

export const triageCmd = (
  overrides: Partial<TriageTip['data']> = {},
  actor: string | undefined = 'CCHT',
): TriageTip => ({
  type: 'TriageTip',
  data: { outreachId: CAMPAIGN_ID, tip: TIP, priority: 'urgent', ...overrides },
  meta: by(actor),
});

export const tipTriaged = (tip = TIP): OutreachEvent => ({
  type: 'TipTriaged',
  data: {
    outreachId: CAMPAIGN_ID,
    taskForce: 'TX',
    tip,
    channel: 'qr-poster',
    priority: 'urgent',
    triagedAt: NOW,
  },
});

export const TX_TASKING: LinkTipContext = { target: { taskForce: 'TX' } };

export const linkCmd = (
  overrides: Partial<LinkTip['data']> = {},
  actor: string | undefined = 'CCHT',
): LinkTip => ({
  type: 'LinkTip',
  data: { outreachId: CAMPAIGN_ID, tip: TIP, taskingId: TASKING_ID, context: TX_TASKING, ...overrides },
  meta: by(actor),
});

export const tipLinked = (tip = TIP): OutreachEvent => ({
  type: 'TipLinked',
  data: {
    outreachId: CAMPAIGN_ID,
    taskForce: 'TX',
    tip,
    channel: 'qr-poster',
    taskingId: TASKING_ID,
    linkedAt: NOW,
  },
});

export const closeCmd = (
  overrides: Partial<CloseTip['data']> = {},
  actor: string | undefined = 'CCHT',
): CloseTip => ({
  type: 'CloseTip',
  data: { outreachId: CAMPAIGN_ID, tip: TIP, reason: 'duplicate', ...overrides },
  meta: by(actor),
});

export const tipClosed = (tip = TIP): OutreachEvent => ({
  type: 'TipClosed',
  data: {
    outreachId: CAMPAIGN_ID,
    taskForce: 'TX',
    tip,
    channel: 'qr-poster',
    reason: 'duplicate',
    closedAt: NOW,
  },
});

/** A campaign with posters at a station and on a train. */
export const postered: readonly OutreachEvent[] = [
  launched,
  placed([
    { ...STATION, posters: 12 },
    { ...TRAIN, posters: 40 },
  ]),
];
