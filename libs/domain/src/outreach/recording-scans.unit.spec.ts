import { deciderSpec } from '../shared/decider-spec';
import { outreachDecider } from './outreach.decider';
import {
  CAMPAIGN_ID,
  NOW,
  postered,
  scansCmd,
  scansRecorded,
  STATION,
  TRAIN,
  WEEK,
} from './outreach.fixtures';
import { CampaignState } from './state';
import { MAX_SCANS } from './vocabulary';

const spec = deciderSpec(outreachDecider);
const NEXT_WEEK = { from: WEEK.to, to: '2026-03-10T00:00:00.000Z' };

describe("scans of the posters' QR codes are counted per placement, period after period", () => {
  it('records the scans of a period and their total', () => {
    spec
      .given(postered)
      .when(
        scansCmd([
          { ...STATION, scans: 31 },
          { ...TRAIN, scans: 0 },
        ]),
      )
      .then([
        {
          type: 'ScansRecorded',
          data: {
            outreachId: CAMPAIGN_ID,
            taskForce: 'TX',
            agency: 'AMTRAK-PD',
            period: WEEK,
            scans: [
              { ...STATION, scans: 31 },
              { ...TRAIN, scans: 0 },
            ],
            total: 31,
            recordedAt: NOW,
          },
        },
      ]);
  });

  it('adds the next period to the count', () => {
    const state = spec
      .given([...postered, scansRecorded([{ ...STATION, scans: 31 }])])
      .when(scansCmd([{ ...STATION, scans: 9 }], NEXT_WEEK, 'FAMS'))
      .state() as CampaignState;
    expect(state.placements[0]).toMatchObject({ scans: 40, countedTo: NEXT_WEEK.to });
  });

  it('refuses a period that overlaps one counted at the same placement', () => {
    spec
      .given([...postered, scansRecorded([{ ...STATION, scans: 31 }])])
      .when(scansCmd([{ ...STATION, scans: 2 }], { from: '2026-03-08T00:00:00.000Z', to: NOW }))
      .thenRefuses('OUTREACH_SCANS_ALREADY_COUNTED');
  });

  it('counts a placement apart from another: the train may be counted for a period the station was', () => {
    spec
      .given([...postered, scansRecorded([{ ...STATION, scans: 31 }])])
      .when(scansCmd([{ ...TRAIN, scans: 4 }]))
      .state();
  });

  it.each([
    [{ from: WEEK.to, to: WEEK.from }, 'OUTREACH_INVALID_PERIOD'],
    [{ from: 'last week', to: WEEK.to }, 'OUTREACH_INVALID_PERIOD'],
    [{ from: WEEK.from, to: '2026-03-12T00:00:00.000Z' }, 'OUTREACH_IN_FUTURE'],
    [{ from: '2026-02-20T00:00:00.000Z', to: WEEK.to }, 'OUTREACH_BEFORE_LAUNCH'],
  ])('refuses the period %j', (period, code) => {
    spec
      .given(postered)
      .when(scansCmd([{ ...STATION, scans: 1 }], period))
      .thenRefuses(code);
  });

  it.each([
    [[], 'OUTREACH_NOTHING_LISTED'],
    [[{ ...STATION, scans: -1 }], 'OUTREACH_INVALID_COUNT'],
    [[{ ...STATION, scans: 0.5 }], 'OUTREACH_INVALID_COUNT'],
    [[{ ...STATION, scans: MAX_SCANS + 1 }], 'OUTREACH_INVALID_COUNT'],
    [
      [{ placement: 'station' as const, reference: 'AMTRAK-STN-DAL-1', scans: 3 }],
      'OUTREACH_PLACEMENT_NOT_FOUND',
    ],
    [
      [
        { ...TRAIN, scans: 1 },
        { ...TRAIN, scans: 1 },
      ],
      'OUTREACH_DUPLICATE_PLACEMENT',
    ],
  ])('refuses the counts %j', (scans, code) => {
    spec.given(postered).when(scansCmd(scans)).thenRefuses(code);
  });

  it('is refused for an agency that is not a partner', () => {
    spec
      .given(postered)
      .when(scansCmd([{ ...STATION, scans: 1 }], WEEK, 'CBP'))
      .thenRefuses('OUTREACH_NOT_PARTNER');
  });
});
