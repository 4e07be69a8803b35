import { deciderSpec } from '../shared/decider-spec';
import { forfeitureDecider } from './forfeiture.decider';
import { FORFEITURE_ID, NOW, opened, ordered, placeCmd, placed, SUPERVISOR } from './forfeiture.fixtures';
import { MAX_PLACEMENTS } from './vocabulary';

const spec = deciderSpec(forfeitureDecider);

describe('forfeited money placed in the remission pool', () => {
  it('is placed under the reference of its transfer', () => {
    spec
      .given([opened, ordered()])
      .when(placeCmd(1_000_000))
      .then([
        {
          type: 'PlacedInRemissionPool',
          data: {
            forfeitureId: FORFEITURE_ID,
            taskForce: 'AZ',
            placementReference: 'AFF-2026-000731',
            amount: 1_000_000,
            placedAt: NOW,
          },
        },
      ]);
  });

  it('adds up over several placements, in cents', () => {
    const state = spec
      .given([opened, ordered(), placed(0.1, 'AFF-1'), placed(0.2, 'AFF-2')])
      .when(placeCmd(0.3, 'AFF-3'))
      .state();
    expect(state).toMatchObject({ status: 'in-pool', totals: { forfeited: 1_800_000, inPool: 0.6 } });
    expect(state.status !== 'none' && state.placements.map((p) => p.placementReference)).toEqual([
      'AFF-1',
      'AFF-2',
      'AFF-3',
    ]);
  });

  it('never exceeds what was forfeited in all, to the cent', () => {
    const history = [opened, ordered(1_800_000), placed(1_000_000)];
    spec
      .given(history)
      .when(placeCmd(800_000, 'AFF-2'))
      .then([placed(800_000, 'AFF-2')]);
    const error = spec
      .given(history)
      .when(placeCmd(800_000.01, 'AFF-2'))
      .thenRefuses('FORFEITURE_EXCEEDS_FORFEITED');
    expect(error.message).toContain('$800,000.00 left to place');
  });

  it('comes only from forfeited money: nothing before the order', () => {
    spec.given([opened]).when(placeCmd(100)).thenRefuses('FORFEITURE_NOT_FORFEITED');
  });

  it('names each placement once', () => {
    spec
      .given([opened, ordered(), placed(100)])
      .when(placeCmd(100))
      .thenRefuses('FORFEITURE_DUPLICATE_PLACEMENT');
  });

  it('holds a bounded number of placements', () => {
    const many = Array.from({ length: MAX_PLACEMENTS }, (_, i) => placed(1, `AFF-${i}`));
    spec
      .given([opened, ordered(), ...many])
      .when(placeCmd(1, 'AFF-X1'))
      .thenRefuses('FORFEITURE_TOO_MANY_ITEMS');
  });

  it('is placed by DOJ-MLARS or a supervisor, not the seizing agency nor CCHT', () => {
    spec
      .given([opened, ordered()])
      .when(placeCmd(100, 'AFF-1', SUPERVISOR))
      .then([placed(100, 'AFF-1')]);
    for (const agency of ['FBI', 'CCHT']) {
      const error = spec
        .given([opened, ordered()])
        .when(placeCmd(100, 'AFF-1', agency))
        .thenRefuses('FORFEITURE_NOT_REMISSION_AUTHORITY');
      expect(error.kind).toBe('forbidden');
    }
  });

  it.each([
    [0.001, 'AFF-1', 'FORFEITURE_INVALID_AMOUNT'],
    [-1, 'AFF-1', 'FORFEITURE_INVALID_AMOUNT'],
    [100, 'aff-1', 'FORFEITURE_INVALID_REFERENCE'],
  ])('is refused for %p under %p', (amount, reference, code) => {
    spec.given([opened, ordered()]).when(placeCmd(amount, reference)).thenRefuses(code);
  });
});
