import { CampaignState, SeminarState } from '@hstf/domain';
import {
  addOutreachFigures,
  campaignFigures,
  emptyOutreachFigures,
  seminarFigures,
} from './outreach-figures';
import { moveFigures } from './outreach-rows';

const CAMPAIGN: CampaignState = {
  kind: 'campaign',
  outreachId: 'c-1',
  taskForce: 'TX',
  name: 'I-45 corridor',
  partners: ['AMTRAK-PD', 'FAMS'],
  launchedAt: '2026-03-01T00:00:00Z',
  placements: [
    { placement: 'station', reference: 'AMTRAK-STN-HOS-1', posters: 2, placed: 12, removed: 10, scans: 31 },
    { placement: 'train', reference: 'AMTRAK-TRAIN-421', posters: 40, placed: 40, removed: 0, scans: 9 },
    { placement: 'train', reference: 'AMTRAK-TRAIN-422', posters: 5, placed: 5, removed: 0, scans: 0 },
  ],
  tips: [
    { tip: 'TIP-1', channel: 'qr-poster', status: 'linked', receivedAt: 'x', taskingId: 't-1' },
    { tip: 'TIP-2', channel: 'qr-poster', status: 'triaged', receivedAt: 'x', priority: 'routine' },
    { tip: 'TIP-3', channel: 'hotline', status: 'closed', receivedAt: 'x', closure: 'duplicate' },
    { tip: 'TIP-4', channel: 'web', status: 'linked', receivedAt: 'x', reportId: 'r-1' },
    { tip: 'TIP-5', channel: 'web', status: 'received', receivedAt: 'x' },
  ],
};

const SEMINAR: SeminarState = {
  kind: 'seminar',
  outreachId: 's-1',
  taskForce: 'TX',
  format: 'training',
  audience: 'transportation-staff',
  venue: 'AMTRAK-STN-HOS-1',
  heldAt: '2026-03-09T15:00:00Z',
  attendance: { attendees: 40, frontLineStaff: 38 },
};

describe("a campaign's figures", () => {
  const figures = campaignFigures(CAMPAIGN);

  it('count posters up, placed and taken down, in all and per kind of placement', () => {
    expect(figures.campaigns).toBe(1);
    expect(figures.posters).toEqual({ up: 47, placed: 57, removed: 10, upAt: { station: 2, train: 45 } });
    expect(figures.scans).toEqual({ total: 40, at: { station: 31, train: 9 } });
  });

  it('count each tip once, under the status it stands at now, in all and per channel', () => {
    expect(figures.tips.total).toBe(5);
    expect(figures.tips.byStatus).toEqual({ received: 1, triaged: 1, linked: 2, closed: 1 });
    expect(figures.tips.byChannel['qr-poster']).toEqual({ received: 0, triaged: 1, linked: 1, closed: 0 });
    expect(figures.tips.byChannel.web).toEqual({ received: 1, triaged: 0, linked: 1, closed: 0 });
    expect(figures.tips.byChannel['in-person']).toEqual({ received: 0, triaged: 0, linked: 0, closed: 0 });
    expect([figures.tips.linkedToTaskings, figures.tips.linkedToReports]).toEqual([1, 1]);
  });

  it('hold no seminar', () => {
    expect(figures.seminars.held).toBe(0);
  });
});

describe("a seminar's figures", () => {
  it('count it once, with its attendance, in all and under its audience only', () => {
    const figures = seminarFigures(SEMINAR);
    expect(figures.seminars).toMatchObject({ held: 1, attendees: 40, frontLineStaff: 38 });
    expect(figures.seminars.byAudience['transportation-staff']).toEqual({
      held: 1,
      attendees: 40,
      frontLineStaff: 38,
    });
    expect(figures.seminars.byAudience['high-schools']).toEqual({ held: 0, attendees: 0, frontLineStaff: 0 });
    expect(figures.campaigns).toBe(0);
  });
});

describe("a state's figures", () => {
  it('are the sum of their campaigns and seminars, and move by what a change took out and put in', () => {
    let row = moveFigures(undefined, 'state:TX', undefined, campaignFigures(CAMPAIGN));
    row = moveFigures(row, 'state:TX', undefined, seminarFigures(SEMINAR));
    expect(row.figures.tips.total).toBe(5);
    expect(row.figures.seminars.attendees).toBe(40);
    // The campaign's fifth tip is closed: out go its old figures, in its new ones.
    const after: CampaignState = {
      ...CAMPAIGN,
      tips: CAMPAIGN.tips.map((t) => (t.tip === 'TIP-5' ? { ...t, status: 'closed' } : t)),
    };
    row = moveFigures(row, 'state:TX', campaignFigures(CAMPAIGN), campaignFigures(after));
    expect(row.figures.tips.byStatus).toEqual({ received: 0, triaged: 1, linked: 2, closed: 2 });
    expect(row.figures.campaigns).toBe(1);
    expect(row.figures.seminars.held).toBe(1);
  });

  it('come back to nothing, never below, when everything added is taken out', () => {
    const both = addOutreachFigures(campaignFigures(CAMPAIGN), seminarFigures(SEMINAR), 1);
    const none = addOutreachFigures(
      addOutreachFigures(both, campaignFigures(CAMPAIGN), -1),
      seminarFigures(SEMINAR),
      -1,
    );
    expect(none).toEqual(emptyOutreachFigures());
  });
});
