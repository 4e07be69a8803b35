import { deciderSpec } from '../shared/decider-spec';
import { outreachDecider } from './outreach.decider';
import {
  CAMPAIGN_ID,
  NOW,
  postered,
  seminarHeld,
  TIP,
  tipCmd,
  tipReceived,
  TRAIN,
} from './outreach.fixtures';
import { CampaignState, initialOutreachState } from './state';
import { MAX_TIPS_PER_CAMPAIGN } from './vocabulary';

const spec = deciderSpec(outreachDecider);

describe('a tip is received through a campaign by its reference, never a name', () => {
  it('records the tip, its channel and the poster it came from', () => {
    spec
      .given(postered)
      .when(tipCmd())
      .then([
        {
          type: 'TipReceived',
          data: {
            outreachId: CAMPAIGN_ID,
            taskForce: 'TX',
            tip: TIP,
            channel: 'qr-poster',
            poster: TRAIN,
            receivedAt: '2026-03-08T21:30:00.000Z',
            recordedAt: NOW,
          },
        },
      ]);
    const state = spec.given(postered).when(tipCmd()).state() as CampaignState;
    expect(state.tips).toEqual([
      {
        tip: TIP,
        channel: 'qr-poster',
        poster: TRAIN,
        status: 'received',
        receivedAt: '2026-03-08T21:30:00.000Z',
      },
    ]);
  });

  it('takes a hotline tip without a poster, from the command center too', () => {
    spec
      .given(postered)
      .when(tipCmd({ channel: 'hotline', poster: undefined }, undefined))
      .state();
  });

  it('records a tip once', () => {
    spec
      .given([...postered, tipReceived()])
      .when(tipCmd())
      .thenRefuses('OUTREACH_TIP_ALREADY_RECEIVED');
  });

  it("is refused to a partner's liaison: tips are CCHT's", () => {
    const error = spec.given(postered).when(tipCmd({}, 'AMTRAK-PD')).thenRefuses('OUTREACH_NOT_CCHT');
    expect(error.kind).toBe('forbidden');
  });

  it.each([
    [{ channel: 'fax' as never, poster: undefined }, 'OUTREACH_UNKNOWN_CHANNEL'],
    [{ channel: 'hotline' as const }, 'OUTREACH_POSTER_CHANNEL'],
    [
      { poster: { placement: 'train' as const, reference: 'AMTRAK-TRAIN-9' } },
      'OUTREACH_PLACEMENT_NOT_FOUND',
    ],
    [{ receivedAt: '2026-02-27T08:00:00Z' }, 'OUTREACH_BEFORE_LAUNCH'],
    [{ receivedAt: '2026-03-11T08:00:00Z' }, 'OUTREACH_IN_FUTURE'],
    [{ receivedAt: '2026-03-32T08:00:00Z' }, 'OUTREACH_INVALID_INSTANT'],
    [{ tip: 'tip 123' }, 'OUTREACH_INVALID_REFERENCE'],
    [{ tip: 'TIP-JENNIFER-2026' }, 'OUTREACH_PERSONAL_DATA'],
  ])('is refused for %j', (overrides, code) => {
    spec.given(postered).when(tipCmd(overrides)).thenRefuses(code);
  });

  it(`holds at most ${MAX_TIPS_PER_CAMPAIGN} tips`, () => {
    const campaign = postered.reduce(outreachDecider.evolve, initialOutreachState) as CampaignState;
    const full: CampaignState = {
      ...campaign,
      tips: Array.from({ length: MAX_TIPS_PER_CAMPAIGN }, (_, i) => ({
        tip: `TIP-TX-2026-${i}`,
        channel: 'web' as const,
        status: 'received' as const,
        receivedAt: '2026-03-05T00:00:00Z',
      })),
    };
    const decision = outreachDecider.decide(tipCmd(), full);
    expect(decision).toMatchObject({ ok: false, error: { code: 'OUTREACH_TOO_MANY_ITEMS' } });
  });

  it('is refused on a seminar', () => {
    spec.given([seminarHeld]).when(tipCmd()).thenRefuses('OUTREACH_NOT_A_CAMPAIGN');
  });
});
