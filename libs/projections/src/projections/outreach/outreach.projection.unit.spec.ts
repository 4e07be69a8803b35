import type { HstfEvent } from '@hstf/contracts';
import { MemoryWriter } from '../../testing/memory-writer';
import { streamOf } from '../../testing/projected-events.fixtures';
import { CampaignRow, OutreachFiguresRow, SeminarRow } from '../../rows/outreach-rows';
import { outreachProjection } from './outreach.projection';
import { campaigns, figures, seminars } from './outreach.tables';

const AT = '2026-03-09T12:00:00.000Z';
const CAMPAIGN_ID = '9e4d2b17-6a3c-4f58-8d01-b7c6e5a4f3d2';
const SEMINAR_ID = '3c0a8f4e-2b61-4d7a-9c15-5e8b7f2d1a90';
const TASKING_ID = '5f7e1c2a-8b4d-4e69-a0f3-1d2c3b4a5e6f';
const SCOPE = { states: ['TX'], agencies: ['CCHT', 'AMTRAK-PD', 'FAMS'] };
const base = { outreachId: CAMPAIGN_ID, taskForce: 'TX' };
const TRAIN = { placement: 'train' as const, reference: 'AMTRAK-TRAIN-421' };
const tip = (ref: string, channel: 'qr-poster' | 'hotline' = 'qr-poster') => ({ ...base, tip: ref, channel });

const CAMPAIGN_EVENTS: HstfEvent[] = [
  {
    type: 'CampaignLaunched',
    data: { ...base, name: 'I-45 corridor', partners: ['AMTRAK-PD', 'FAMS'], launchedAt: AT },
  },
  {
    type: 'PostersPlaced',
    data: { ...base, agency: 'AMTRAK-PD', placements: [{ ...TRAIN, posters: 40 }], total: 40, placedAt: AT },
  },
  {
    type: 'ScansRecorded',
    data: {
      ...base,
      agency: 'AMTRAK-PD',
      period: { from: AT, to: '2026-03-10T00:00:00.000Z' },
      scans: [{ ...TRAIN, scans: 31 }],
      total: 31,
      recordedAt: AT,
    },
  },
  {
    type: 'TipReceived',
    data: { ...tip('TIP-TX-2026-000001'), poster: TRAIN, receivedAt: AT, recordedAt: AT },
  },
  { type: 'TipReceived', data: { ...tip('TIP-TX-2026-000002', 'hotline'), receivedAt: AT, recordedAt: AT } },
  { type: 'TipTriaged', data: { ...tip('TIP-TX-2026-000001'), priority: 'urgent', triagedAt: AT } },
  { type: 'TipLinked', data: { ...tip('TIP-TX-2026-000001'), taskingId: TASKING_ID, linkedAt: AT } },
  { type: 'TipClosed', data: { ...tip('TIP-TX-2026-000002', 'hotline'), reason: 'duplicate', closedAt: AT } },
];

const SEMINAR_EVENTS: HstfEvent[] = [
  {
    type: 'SeminarHeld',
    data: {
      outreachId: SEMINAR_ID,
      taskForce: 'TX',
      format: 'seminar',
      audience: 'colleges',
      venue: 'TX-UNIV-0042',
      heldAt: AT,
      attendance: { attendees: 120, frontLineStaff: 6 },
      recordedAt: AT,
    },
  },
  {
    type: 'SeminarAttendanceCorrected',
    data: {
      outreachId: SEMINAR_ID,
      taskForce: 'TX',
      audience: 'colleges',
      previous: { attendees: 120, frontLineStaff: 6 },
      attendance: { attendees: 131, frontLineStaff: 7 },
      reason: 'Sign-in sheets tallied.',
      correctedAt: AT,
    },
  },
];

async function applied(events: readonly HstfEvent[], streamId: string, scope = SCOPE): Promise<MemoryWriter> {
  const writer = new MemoryWriter();
  for (const event of streamOf(streamId, scope, events)) await outreachProjection.apply(event, writer);
  return writer;
}

describe('the outreach projection', () => {
  it("keeps a campaign's posters, scans, tips by status and channel, and the tasking a tip led to", async () => {
    const writer = await applied(CAMPAIGN_EVENTS, `outreach-${CAMPAIGN_ID}`);
    const row = writer.document(campaigns, CAMPAIGN_ID) as CampaignRow;
    expect(row.scope).toEqual(SCOPE);
    expect(row.figures.posters).toMatchObject({ up: 40, placed: 40, upAt: { station: 0, train: 40 } });
    expect(row.figures.scans).toEqual({ total: 31, at: { station: 0, train: 31 } });
    expect(row.figures.tips.byStatus).toEqual({ received: 0, triaged: 0, linked: 1, closed: 1 });
    expect(row.figures.tips.byChannel.hotline.closed).toBe(1);
    expect(row.linked).toEqual([{ tip: 'TIP-TX-2026-000001', channel: 'qr-poster', taskingId: TASKING_ID }]);
  });

  it("adds a campaign and a seminar to their state's figures and the nation's", async () => {
    const writer = await applied(CAMPAIGN_EVENTS, `outreach-${CAMPAIGN_ID}`);
    for (const event of streamOf(
      `outreach-${SEMINAR_ID}`,
      { states: ['TX'], agencies: ['CCHT'] },
      SEMINAR_EVENTS,
    ))
      await outreachProjection.apply(event, writer);
    for (const scope of ['national', 'state:TX']) {
      const row = writer.document(figures, scope) as OutreachFiguresRow;
      expect(row.figures.campaigns).toBe(1);
      expect(row.figures.tips.total).toBe(2);
      expect(row.figures.tips.linkedToTaskings).toBe(1);
      // The corrected attendance replaces the first count; it is not added to it.
      expect(row.figures.seminars).toMatchObject({ held: 1, attendees: 131, frontLineStaff: 7 });
      expect(row.figures.seminars.byAudience.colleges).toEqual({
        held: 1,
        attendees: 131,
        frontLineStaff: 7,
      });
    }
    expect((writer.document(seminars, SEMINAR_ID) as SeminarRow).attendance).toEqual({
      attendees: 131,
      frontLineStaff: 7,
    });
  });

  it('ignores the events of a campaign never launched', async () => {
    const writer = await applied(CAMPAIGN_EVENTS.slice(1), `outreach-${CAMPAIGN_ID}`);
    expect(writer.document(campaigns, CAMPAIGN_ID)).toBeUndefined();
    expect(writer.document(figures, 'national')).toBeUndefined();
  });
});
