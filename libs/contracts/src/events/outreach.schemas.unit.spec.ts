import type { OutreachEvent } from '@hstf/domain';
import { AT, errorsOf, LATER, UUID_A, UUID_B, withData } from './registry-check.fixtures';

const base = { outreachId: UUID_A, taskForce: 'TX' };
const tip = { ...base, tip: 'TIP-TX-2026-000123', channel: 'qr-poster' as const };
const STATION = { placement: 'station' as const, reference: 'AMTRAK-STN-HOS-1' };
const TRAIN = { placement: 'train' as const, reference: 'AMTRAK-TRAIN-421' };
const samples: OutreachEvent[] = [
  {
    type: 'SeminarHeld',
    data: {
      ...base,
      format: 'seminar',
      audience: 'high-schools',
      venue: 'TX-HS-101912',
      heldAt: AT,
      attendance: { attendees: 240, frontLineStaff: 18 },
      recordedAt: LATER,
    },
  },
  {
    type: 'SeminarAttendanceCorrected',
    data: {
      ...base,
      audience: 'colleges',
      previous: { attendees: 0, frontLineStaff: 0 },
      attendance: { attendees: 31, frontLineStaff: 31 },
      reason: 'Sign-in sheets tallied after the seminar.',
      correctedAt: LATER,
    },
  },
  {
    type: 'CampaignLaunched',
    data: { ...base, name: 'I-45 corridor', partners: ['AMTRAK-PD', 'FAMS'], launchedAt: AT },
  },
  {
    type: 'PostersPlaced',
    data: {
      ...base,
      agency: 'AMTRAK-PD',
      placements: [
        { ...STATION, posters: 12 },
        { ...TRAIN, posters: 40 },
      ],
      total: 52,
      placedAt: AT,
    },
  },
  {
    type: 'PostersRemoved',
    data: { ...base, agency: 'FAMS', removals: [{ ...TRAIN, posters: 40 }], total: 40, removedAt: AT },
  },
  {
    type: 'ScansRecorded',
    data: {
      ...base,
      agency: 'CCHT',
      period: { from: AT, to: LATER },
      scans: [{ ...STATION, scans: 0 }],
      total: 0,
      recordedAt: LATER,
    },
  },
  { type: 'TipReceived', data: { ...tip, poster: TRAIN, receivedAt: AT, recordedAt: LATER } },
  { type: 'TipReceived', data: { ...tip, channel: 'hotline', receivedAt: AT, recordedAt: LATER } },
  {
    type: 'TipTriaged',
    data: { ...tip, priority: 'urgent', note: 'Possible labor trafficking.', triagedAt: AT },
  },
  { type: 'TipLinked', data: { ...tip, taskingId: UUID_B, linkedAt: AT } },
  { type: 'TipLinked', data: { ...tip, reportId: UUID_B, linkedAt: AT } },
  { type: 'TipClosed', data: { ...tip, reason: 'duplicate', closedAt: AT } },
];

describe('outreach event schemas', () => {
  it.each(samples.map((e) => [e.type, e] as const))('accept a %s as the decider writes it', (_, event) => {
    expect(errorsOf(event)).toEqual([]);
  });

  it('refuse counts that are not whole, negative or beyond their bounds, and more staff than attendees', () => {
    const paths = (event: Parameters<typeof errorsOf>[0]) => errorsOf(event).map((e) => e.path);
    expect(paths(withData(samples[0], { attendance: { attendees: 10, frontLineStaff: 11 } }))).toEqual([
      'attendance.frontLineStaff',
    ]);
    expect(
      new Set(
        paths(
          withData(samples[3], {
            placements: [
              { ...STATION, posters: 0 },
              { ...TRAIN, posters: 1.5 },
            ],
          }),
        ),
      ),
    ).toEqual(new Set(['placements[0].posters', 'placements[1].posters']));
    expect(paths(withData(samples[5], { scans: [{ ...STATION, scans: -1 }] }))).toEqual(['scans[0].scans']);
  });

  it('refuse a reference that is not one, and a name for a reference', () => {
    expect(
      new Set(errorsOf(withData(samples[0], { venue: 'Lamar High School' })).map((e) => e.path)),
    ).toEqual(new Set(['venue']));
    expect(errorsOf(withData(samples[6], { tip: 'tip-1' })).map((e) => e.path)).toEqual(['tip']);
  });

  it('refuse a link to both a tasking and a report, or to neither', () => {
    expect(errorsOf(withData(samples[9], { reportId: UUID_A })).map((e) => e.path)).toEqual(['taskingId']);
    expect(errorsOf({ type: 'TipLinked', data: { ...tip, linkedAt: AT } }).map((e) => e.path)).toEqual([
      'taskingId',
    ]);
  });

  it('refuse an unknown audience, channel, placement, priority and reason, and a field too many', () => {
    expect(errorsOf(withData(samples[0], { audience: 'parents' })).map((e) => e.path)).toEqual(['audience']);
    expect(errorsOf(withData(samples[7], { channel: 'fax' })).map((e) => e.path)).toEqual(['channel']);
    expect(
      errorsOf(withData(samples[6], { poster: { placement: 'bus', reference: 'BUS-1' } })).map((e) => e.path),
    ).toEqual(['poster.placement']);
    expect(errorsOf(withData(samples[8], { priority: 'high' })).map((e) => e.path)).toEqual(['priority']);
    expect(errorsOf(withData(samples[11], { reason: 'spam' })).map((e) => e.path)).toEqual(['reason']);
    expect(errorsOf(withData(samples[11], { tipster: 'Jane' })).length).toBeGreaterThan(0);
  });
});
