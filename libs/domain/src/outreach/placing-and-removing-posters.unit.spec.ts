import { deciderSpec } from '../shared/decider-spec';
import { outreachDecider } from './outreach.decider';
import {
  CAMPAIGN_ID,
  launched,
  NOW,
  placeCmd,
  placed,
  postered,
  removeCmd,
  seminarHeld,
  STATION,
  TRAIN,
} from './outreach.fixtures';
import { CampaignState } from './state';
import { MAX_OUTREACH_ITEMS_PER_COMMAND, MAX_PLACEMENTS_PER_CAMPAIGN, MAX_POSTERS } from './vocabulary';

const spec = deciderSpec(outreachDecider);
const campaignAfter = (state: unknown) => state as CampaignState;

describe('posters are placed at stations and on trains by the partners, counted per placement', () => {
  it('records the placements and their total', () => {
    spec
      .given([launched])
      .when(
        placeCmd([
          { ...STATION, posters: 12 },
          { ...TRAIN, posters: 40 },
        ]),
      )
      .then([
        {
          type: 'PostersPlaced',
          data: {
            outreachId: CAMPAIGN_ID,
            taskForce: 'TX',
            agency: 'AMTRAK-PD',
            placements: [
              { ...STATION, posters: 12 },
              { ...TRAIN, posters: 40 },
            ],
            total: 52,
            placedAt: NOW,
          },
        },
      ]);
  });

  it('adds posters at a placement that has some', () => {
    const state = campaignAfter(
      spec
        .given(postered)
        .when(placeCmd([{ ...TRAIN, posters: 5 }], 'FAMS'))
        .state(),
    );
    expect(state.placements).toEqual([
      { ...STATION, posters: 12, placed: 12, removed: 0, scans: 0 },
      { ...TRAIN, posters: 45, placed: 45, removed: 0, scans: 0 },
    ]);
  });

  it('is recorded by CCHT, and by the command center for a partner', () => {
    spec
      .given([launched])
      .when(placeCmd([{ ...STATION, posters: 1 }], 'CCHT'))
      .state();
    spec
      .given([launched])
      .when(placeCmd([{ ...STATION, posters: 1 }], 'FAMS', undefined))
      .state();
  });

  it('is refused for an agency that is not a partner, and to a liaison recording for another', () => {
    const outsider = spec
      .given([launched])
      .when(placeCmd([{ ...STATION, posters: 1 }], 'DEA'))
      .thenRefuses('OUTREACH_NOT_PARTNER');
    expect(outsider.kind).toBe('forbidden');
    spec
      .given([launched])
      .when(placeCmd([{ ...STATION, posters: 1 }], 'AMTRAK-PD', 'FAMS'))
      .thenRefuses('OUTREACH_NOT_RECORDING_AGENCY');
    spec
      .given([launched])
      .when(placeCmd([{ ...STATION, posters: 1 }], 'amtrak', undefined))
      .thenRefuses('OUTREACH_INVALID_AGENCY_CODE');
  });

  it.each([
    [[], 'OUTREACH_NOTHING_LISTED'],
    [
      Array.from({ length: MAX_OUTREACH_ITEMS_PER_COMMAND + 1 }, (_, i) => ({
        placement: 'train' as const,
        reference: `AMTRAK-TRAIN-${i}`,
        posters: 1,
      })),
      'OUTREACH_TOO_MANY_ITEMS',
    ],
    [[{ ...STATION, posters: 0 }], 'OUTREACH_INVALID_COUNT'],
    [[{ ...STATION, posters: 2.5 }], 'OUTREACH_INVALID_COUNT'],
    [[{ ...STATION, posters: MAX_POSTERS + 1 }], 'OUTREACH_INVALID_COUNT'],
    [[{ placement: 'bus' as never, reference: 'BUS-1', posters: 1 }], 'OUTREACH_UNKNOWN_PLACEMENT_KIND'],
    [
      [{ placement: 'station' as const, reference: 'Houston station', posters: 1 }],
      'OUTREACH_INVALID_REFERENCE',
    ],
    [
      [
        { ...STATION, posters: 1 },
        { ...STATION, posters: 2 },
      ],
      'OUTREACH_DUPLICATE_PLACEMENT',
    ],
  ])('refuses the placements %j', (placements, code) => {
    spec.given([launched]).when(placeCmd(placements)).thenRefuses(code);
  });

  it('refuses more posters at one placement than it may hold', () => {
    spec
      .given(postered)
      .when(placeCmd([{ ...TRAIN, posters: MAX_POSTERS - 39 }]))
      .thenRefuses('OUTREACH_INVALID_COUNT');
  });

  it(`refuses a placement beyond the campaign's ${MAX_PLACEMENTS_PER_CAMPAIGN}`, () => {
    const history = [launched];
    for (let batch = 0; batch < MAX_PLACEMENTS_PER_CAMPAIGN / 200; batch++)
      history.push(
        placed(
          Array.from({ length: 200 }, (_, i) => ({
            placement: 'train' as const,
            reference: `AMTRAK-TRAIN-${batch * 200 + i}`,
            posters: 1,
          })),
        ),
      );
    spec
      .given(history)
      .when(placeCmd([{ ...STATION, posters: 1 }]))
      .thenRefuses('OUTREACH_TOO_MANY_ITEMS');
    // More posters where they already hang is no new placement.
    spec
      .given(history)
      .when(placeCmd([{ placement: 'train', reference: 'AMTRAK-TRAIN-7', posters: 1 }]))
      .state();
  });

  it('is refused on a seminar and on a campaign never launched', () => {
    spec
      .given([seminarHeld])
      .when(placeCmd([{ ...STATION, posters: 1 }]))
      .thenRefuses('OUTREACH_NOT_A_CAMPAIGN');
    spec
      .given([])
      .when(placeCmd([{ ...STATION, posters: 1 }]))
      .thenRefuses('OUTREACH_NOT_FOUND');
  });
});

describe('posters are taken down where they hang, and no count goes below zero', () => {
  it('records the removal and lowers the posters up', () => {
    spec
      .given(postered)
      .when(removeCmd([{ ...TRAIN, posters: 40 }]))
      .then([
        {
          type: 'PostersRemoved',
          data: {
            outreachId: CAMPAIGN_ID,
            taskForce: 'TX',
            agency: 'AMTRAK-PD',
            removals: [{ ...TRAIN, posters: 40 }],
            total: 40,
            removedAt: NOW,
          },
        },
      ]);
    const state = campaignAfter(
      spec
        .given(postered)
        .when(removeCmd([{ ...TRAIN, posters: 40 }]))
        .state(),
    );
    expect(state.placements[1]).toEqual({ ...TRAIN, posters: 0, placed: 40, removed: 40, scans: 0 });
  });

  it('refuses to take down more posters than hang there', () => {
    spec
      .given(postered)
      .when(removeCmd([{ ...STATION, posters: 13 }]))
      .thenRefuses('OUTREACH_POSTERS_BELOW_ZERO');
  });

  it('refuses a placement without posters', () => {
    spec
      .given(postered)
      .when(removeCmd([{ placement: 'station', reference: 'AMTRAK-STN-DAL-1', posters: 1 }]))
      .thenRefuses('OUTREACH_PLACEMENT_NOT_FOUND');
  });

  it('is refused for an agency that is not a partner', () => {
    spec
      .given(postered)
      .when(removeCmd([{ ...STATION, posters: 1 }], 'TX-DPS'))
      .thenRefuses('OUTREACH_NOT_PARTNER');
  });
});
