import { deciderSpec } from '../shared/decider-spec';
import { forfeitureDecider } from './forfeiture.decider';
import {
  ASSETS,
  CASE,
  FORFEITURE_ID,
  NOW,
  openCmd,
  opened,
  orderCmd,
  SEIZED,
  SEIZING,
  SUPERVISOR,
} from './forfeiture.fixtures';
import { MAX_AMOUNT_USD } from './money';
import { MAX_ASSETS } from './vocabulary';

const spec = deciderSpec(forfeitureDecider);

describe('a forfeiture action opens with what the seizing agency seized', () => {
  it('opens with its case, court, task force, seizing agency and assets; the amount seized is their sum', () => {
    spec
      .given([])
      .when(openCmd())
      .then([
        {
          type: 'ForfeitureOpened',
          data: {
            forfeitureId: FORFEITURE_ID,
            taskForce: 'AZ',
            caseReference: CASE,
            court: 'azd',
            seizingAgency: SEIZING,
            assets: ASSETS,
            amountSeized: SEIZED,
            openedAt: NOW,
          },
        },
      ]);
  });

  it('adds the values in cents: 0.10 and 0.20 seized are 0.30', () => {
    const state = spec
      .given([])
      .when(
        openCmd({
          assets: [
            { kind: 'currency', value: 0.1 },
            { kind: 'currency', value: 0.2 },
          ],
        }),
      )
      .state();
    expect(state).toMatchObject({ status: 'seized', totals: { seized: 0.3, forfeited: 0, inPool: 0 } });
  });

  it('starts with nothing forfeited, pooled, granted or paid, and no petition', () => {
    expect(spec.given([]).when(openCmd()).state()).toMatchObject({
      status: 'seized',
      placements: [],
      petitions: [],
      totals: { seized: SEIZED, forfeited: 0, inPool: 0, granted: 0, paid: 0 },
    });
  });

  it('may be opened by a supervisor for the seizing agency', () => {
    expect(spec.given([]).when(openCmd({}, SUPERVISOR)).state()).toMatchObject({ seizingAgency: SEIZING });
  });

  it('opens once', () => {
    spec.given([opened]).when(openCmd()).thenRefuses('FORFEITURE_ALREADY_OPENED');
  });

  it('is opened by the seizing agency only: another agency’s liaison is forbidden', () => {
    const error = spec.given([]).when(openCmd({}, 'DEA')).thenRefuses('FORFEITURE_NOT_SEIZING_AGENCY');
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('DEA');
  });

  it('is refused for a seizing agency that is not a member of the task force, or a task force not established', () => {
    spec
      .given([])
      .when(openCmd({ seizingAgency: 'ATF' }, 'ATF'))
      .thenRefuses('FORFEITURE_AGENCY_NOT_MEMBER');
    spec
      .given([])
      .when(openCmd({ context: { taskForceMembers: [] } }))
      .thenRefuses('FORFEITURE_AGENCY_NOT_MEMBER');
  });

  it.each([
    [{ taskForce: 'XX' }, 'FORFEITURE_UNKNOWN_TASK_FORCE'],
    [{ seizingAgency: 'fbi' }, 'FORFEITURE_INVALID_AGENCY_CODE'],
    [{ court: 'D. Ariz.' }, 'FORFEITURE_INVALID_COURT'],
    [{ caseReference: 'cr-18-00422' }, 'FORFEITURE_INVALID_REFERENCE'],
    [{ caseReference: 'CR-BACKPAGE' }, 'FORFEITURE_INVALID_REFERENCE'],
    [{ caseReference: 'CR 18 00422' }, 'FORFEITURE_INVALID_REFERENCE'],
    [{ assets: [] }, 'FORFEITURE_NO_ASSETS'],
    [{ assets: Array.from({ length: MAX_ASSETS + 1 }, () => ASSETS[0]) }, 'FORFEITURE_TOO_MANY_ITEMS'],
    [{ assets: [{ kind: 'art', value: 10 }] }, 'FORFEITURE_UNKNOWN_ASSET_KIND'],
    [{ assets: [{ kind: 'vehicle', value: 0 }] }, 'FORFEITURE_INVALID_AMOUNT'],
    [{ assets: [{ kind: 'vehicle', value: -5 }] }, 'FORFEITURE_INVALID_AMOUNT'],
    [{ assets: [{ kind: 'vehicle', value: 10.005 }] }, 'FORFEITURE_INVALID_AMOUNT'],
    [{ assets: [{ kind: 'vehicle', value: Number.NaN }] }, 'FORFEITURE_INVALID_AMOUNT'],
    [{ assets: [{ kind: 'vehicle', value: MAX_AMOUNT_USD + 1 }] }, 'FORFEITURE_INVALID_AMOUNT'],
    // Each within bounds, their sum not: the event's amount seized has the same bound.
    [
      {
        assets: [
          { kind: 'currency', value: 6e9 },
          { kind: 'vehicle', value: 6e9 },
        ],
      },
      'FORFEITURE_INVALID_AMOUNT',
    ],
    [{ assets: [{ kind: 'vehicle', value: 10, description: ' ' }] }, 'FORFEITURE_BLANK_FIELD'],
    [{ assets: [{ kind: 'vehicle', value: 10, description: 'Two\nlines' }] }, 'FORFEITURE_INVALID_TEXT'],
  ])('is refused for %j', (overrides, code) => {
    spec
      .given([])
      .when(openCmd(overrides as Parameters<typeof openCmd>[0]))
      .thenRefuses(code);
  });

  it('names the asset whose value is wrong', () => {
    const error = spec
      .given([])
      .when(openCmd({ assets: [ASSETS[0], { kind: 'vehicle', value: 1.234 }] }))
      .thenRefuses('FORFEITURE_INVALID_AMOUNT');
    expect(error.message).toBe(
      `The value of asset 2 of forfeiture ${FORFEITURE_ID} must have at most 2 decimals (cents), not 1.234.`,
    );
  });

  it('accepts nothing else before it is opened', () => {
    const error = spec.given([]).when(orderCmd()).thenRefuses('FORFEITURE_NOT_FOUND');
    expect(error.kind).toBe('not_found');
  });
});
