import { deciderSpec } from '../shared/decider-spec';
import { forfeitureDecider } from './forfeiture.decider';
import {
  denyCmd,
  fileCmd,
  FORFEITURE_ID,
  granted,
  opened,
  openCmd,
  ordered,
  orderCmd,
  payCmd,
  PETITION,
  placeCmd,
  REFERRAL,
  underReview,
} from './forfeiture.fixtures';

const spec = deciderSpec(forfeitureDecider);

// A survivor is known by the petition's reference alone: the domain refuses what reads as a person's name
// or data in every reference and free text of a forfeiture, whatever the caller (the API refuses it first).
describe('no personal data on a forfeiture', () => {
  it('refuses a personal name in a petition reference', () => {
    const error = spec
      .given([opened])
      .when(fileCmd('REM-2026-MARIA-GARCIA', REFERRAL))
      .thenRefuses('FORFEITURE_INVALID_REFERENCE');
    expect(error.message).toBe(
      `The petition reference of forfeiture ${FORFEITURE_ID} holds a word that reads as a personal name.`,
    );
  });

  it.each([
    ['a case reference', () => spec.given([]).when(openCmd({ caseReference: 'CR-18-SMITH-001' }))],
    ['an order reference', () => spec.given([opened]).when(orderCmd(100, 'FBI', 'ORDER-2026-JOHNSON'))],
    ['a placement reference', () => spec.given([opened, ordered()]).when(placeCmd(100, 'AFF-123-45-6789'))],
    [
      'a payment reference',
      () => spec.given([...underReview(), granted(10)]).when(payCmd(PETITION, 'TREAS-555-867-5309')),
    ],
  ])('refuses personal data in %s', (_what, when) => {
    when().thenRefuses('FORFEITURE_INVALID_REFERENCE');
  });

  it('refuses a Social Security number in the description of an asset', () => {
    const error = spec
      .given([])
      .when(
        openCmd({ assets: [{ kind: 'vehicle', value: 10, description: 'Car of owner SSN 123-45-6789' }] }),
      )
      .thenRefuses('FORFEITURE_PERSONAL_DATA');
    expect(error.message).toContain('description of asset 1');
    expect(error.message).toContain('Social Security number');
  });

  it.each([
    'Petitioner reachable at (602) 555-0147.',
    'Petitioner lives at 1200 West Washington Street.',
    'Petitioner wrote from survivor@example.org.',
    'Petitioner born 03/14/1990.',
  ])('refuses a denial reason that reads as personal data: %s', (reason) => {
    spec.given(underReview()).when(denyCmd(reason)).thenRefuses('FORFEITURE_PERSONAL_DATA');
  });

  it('accepts the references and text of a real record', () => {
    spec
      .given(underReview())
      .when(denyCmd('The loss claimed is not shown to result from the offense.'))
      .state();
    spec.given([opened]).when(fileCmd('REM-BP-2026-000123')).state();
  });
});
