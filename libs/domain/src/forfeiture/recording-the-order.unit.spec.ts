import { deciderSpec } from '../shared/decider-spec';
import { forfeitureDecider } from './forfeiture.decider';
import {
  FORFEITURE_ID,
  NOW,
  opened,
  ORDER,
  orderCmd,
  ordered,
  SEIZED,
  SUPERVISOR,
} from './forfeiture.fixtures';

const spec = deciderSpec(forfeitureDecider);

describe("the court's order of forfeiture", () => {
  it('records the order and the amount forfeited', () => {
    spec
      .given([opened])
      .when(orderCmd(1_800_000))
      .then([
        {
          type: 'ForfeitureOrdered',
          data: {
            forfeitureId: FORFEITURE_ID,
            taskForce: 'AZ',
            orderReference: ORDER,
            amountForfeited: 1_800_000,
            orderedAt: NOW,
          },
        },
      ]);
  });

  it('makes the forfeiture forfeited, the seized total as it was', () => {
    expect(spec.given([opened]).when(orderCmd(1_800_000)).state()).toMatchObject({
      status: 'forfeited',
      order: { orderReference: ORDER, orderedAt: NOW },
      totals: { seized: SEIZED, forfeited: 1_800_000, inPool: 0 },
    });
  });

  it('forfeits at most what was seized, to the cent', () => {
    spec
      .given([opened])
      .when(orderCmd(SEIZED))
      .then([ordered(SEIZED)]);
    const error = spec
      .given([opened])
      .when(orderCmd(SEIZED + 0.01))
      .thenRefuses('FORFEITURE_EXCEEDS_SEIZED');
    expect(error.message).toContain('$2,000,000.50 was seized');
  });

  it('is recorded once', () => {
    spec.given([opened, ordered()]).when(orderCmd(100)).thenRefuses('FORFEITURE_ALREADY_ORDERED');
  });

  it('is recorded by the seizing agency or a supervisor, not another agency', () => {
    spec
      .given([opened])
      .when(orderCmd(100, SUPERVISOR))
      .then([ordered(100)]);
    const error = spec
      .given([opened])
      .when(orderCmd(100, 'DOJ-MLARS'))
      .thenRefuses('FORFEITURE_NOT_SEIZING_AGENCY');
    expect(error.kind).toBe('forbidden');
  });

  it.each([
    [0, ORDER, 'FORFEITURE_INVALID_AMOUNT'],
    [12.345, ORDER, 'FORFEITURE_INVALID_AMOUNT'],
    [100, 'order of the court', 'FORFEITURE_INVALID_REFERENCE'],
  ])('is refused for %p under %p', (amount, reference, code) => {
    spec
      .given([opened])
      .when(orderCmd(amount, 'FBI', reference))
      .thenRefuses(code);
  });
});
