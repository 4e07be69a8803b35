import { OutreachEvent } from '@hstf/domain';
import { summarizeEvent } from './summarize-event';

const CAMPAIGN = { outreachId: 'o-1', taskForce: 'TX' };
const AT = '2026-03-09T15:00:00Z';
const STATION = { placement: 'station' as const, reference: 'AMTRAK-STN-HOS-1' };
const TRAIN = { placement: 'train' as const, reference: 'AMTRAK-TRAIN-421' };
const TIP = { ...CAMPAIGN, tip: 'TIP-TX-2026-000123', channel: 'qr-poster' as const };

const lines: [OutreachEvent, string][] = [
  [
    {
      type: 'SeminarHeld',
      data: {
        ...CAMPAIGN,
        format: 'seminar',
        audience: 'high-schools',
        venue: 'TX-HS-101912',
        heldAt: AT,
        attendance: { attendees: 240, frontLineStaff: 18 },
        recordedAt: AT,
      },
    },
    'CCHT seminar for high-schools held for the TX task force at TX-HS-101912, 2026-03-09 15:00 UTC: 240 attendees, 18 of them front-line staff',
  ],
  [
    {
      type: 'SeminarAttendanceCorrected',
      data: {
        ...CAMPAIGN,
        audience: 'colleges',
        previous: { attendees: 240, frontLineStaff: 18 },
        attendance: { attendees: 1, frontLineStaff: 0 },
        reason: 'Sign-in\nsheets tallied.',
        correctedAt: AT,
      },
    },
    'Attendance of CCHT seminar o-1 (TX, colleges) corrected from 240 to 1 attendee: Sign-in sheets tallied.',
  ],
  [
    {
      type: 'CampaignLaunched',
      data: { ...CAMPAIGN, name: 'I-45 corridor', partners: ['AMTRAK-PD', 'FAMS'], launchedAt: AT },
    },
    "QR-poster campaign 'I-45 corridor' launched for the TX task force with CCHT, AMTRAK-PD, FAMS",
  ],
  [
    {
      type: 'PostersPlaced',
      data: {
        ...CAMPAIGN,
        agency: 'AMTRAK-PD',
        placements: [
          { ...STATION, posters: 12 },
          { ...TRAIN, posters: 40 },
          { ...TRAIN, reference: 'AMTRAK-TRAIN-422', posters: 40 },
        ],
        total: 92,
        placedAt: AT,
      },
    },
    'AMTRAK-PD placed 92 posters at 1 station and on 2 trains for campaign o-1 (TX)',
  ],
  [
    {
      type: 'PostersRemoved',
      data: { ...CAMPAIGN, agency: 'FAMS', removals: [{ ...TRAIN, posters: 1 }], total: 1, removedAt: AT },
    },
    'FAMS took down 1 poster on 1 train for campaign o-1 (TX)',
  ],
  [
    {
      type: 'ScansRecorded',
      data: {
        ...CAMPAIGN,
        agency: 'AMTRAK-PD',
        period: { from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' },
        scans: [{ ...STATION, scans: 31 }],
        total: 31,
        recordedAt: AT,
      },
    },
    'AMTRAK-PD counted 31 QR scans at 1 station, 2026-03-02 00:00 UTC to 2026-03-09 00:00 UTC, for campaign o-1 (TX)',
  ],
  [
    { type: 'TipReceived', data: { ...TIP, poster: TRAIN, receivedAt: AT, recordedAt: AT } },
    'Tip TIP-TX-2026-000123 received by qr-poster on campaign o-1 (TX)',
  ],
  [
    { type: 'TipTriaged', data: { ...TIP, priority: 'urgent', note: 'Truck stop on I-45.', triagedAt: AT } },
    'Tip TIP-TX-2026-000123 on campaign o-1 (TX) triaged urgent',
  ],
  [
    { type: 'TipLinked', data: { ...TIP, taskingId: 't-1', linkedAt: AT } },
    'Tip TIP-TX-2026-000123 on campaign o-1 (TX) linked to tasking t-1',
  ],
  [
    { type: 'TipLinked', data: { ...TIP, reportId: 'r-1', linkedAt: AT } },
    'Tip TIP-TX-2026-000123 on campaign o-1 (TX) linked to report r-1',
  ],
  [
    { type: 'TipClosed', data: { ...TIP, reason: 'duplicate', note: 'Same as another.', closedAt: AT } },
    'Tip TIP-TX-2026-000123 on campaign o-1 (TX) closed: duplicate',
  ],
];

describe('the feed line of every outreach event', () => {
  it.each(lines)('%j reads as a sentence', (event, line) => {
    expect(summarizeEvent(event)).toBe(line);
  });

  it('covers every type, and never quotes a triage or closing note', () => {
    expect(new Set(lines.map(([event]) => event.type)).size).toBe(10);
    for (const [event] of lines) expect(summarizeEvent(event)).not.toMatch(/Truck stop|Same as another/);
  });
});
