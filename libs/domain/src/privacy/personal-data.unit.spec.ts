import {
  REFERENCE_NEGATIVES,
  REFERENCE_POSITIVES,
  TEXT_NEGATIVES,
  TEXT_POSITIVES,
} from './personal-data.corpus';
import { personalDataProblem, readable } from './personal-data';

// Pinned, so that which dates read as birth dates does not drift with the calendar.
const YEAR = 2026;
const WORDS = {
  ssn: /Social Security|phone or Social Security/,
  phone: /phone/,
  email: /e-mail/,
  address: /street address/,
  birth: /date of birth/,
  name: /personal name/,
};

describe('the personal-data check', () => {
  it('is held to a corpus of at least 200 examples', () => {
    expect(
      TEXT_POSITIVES.length + TEXT_NEGATIVES.length + REFERENCE_POSITIVES.length + REFERENCE_NEGATIVES.length,
    ).toBeGreaterThanOrEqual(200);
  });

  it.each(TEXT_POSITIVES)('refuses %j in free text (%s)', (value, kind) => {
    expect(personalDataProblem(value, 'text', YEAR)).toMatch(WORDS[kind]);
  });

  it.each(TEXT_NEGATIVES)('lets %j through as free text', (value) => {
    expect(personalDataProblem(value, 'text', YEAR)).toBeUndefined();
  });

  it.each(REFERENCE_POSITIVES)('refuses %j as a reference (%s)', (value, kind) => {
    expect(personalDataProblem(value, 'reference', YEAR)).toMatch(
      kind === 'name' ? /personal name|must be a reference|must hold a number/ : WORDS[kind],
    );
  });

  it.each(REFERENCE_NEGATIVES)('lets %j through as a reference', (value) => {
    expect(personalDataProblem(value, 'reference', YEAR)).toBeUndefined();
  });

  it('refuses a reference that is not one: spaces, lower case, no number', () => {
    expect(personalDataProblem('ref 2026 1', 'reference', YEAR)).toMatch(/must be a reference/);
    expect(personalDataProblem('CCHT-REFERRAL', 'reference', YEAR)).toMatch(/must hold a number/);
  });

  it('reads other scripts’ digits and full-width forms as digits, and drops invisible characters', () => {
    expect(readable('\uff11\u0662\u0969\u200b4')).toBe('1234');
  });

  it('reads a full date twelve years back as a birth date, a recent one only with a cue', () => {
    expect(personalDataProblem('2014-05-01', 'text', YEAR)).toMatch(/date of birth/);
    expect(personalDataProblem('2015-05-01', 'text', YEAR)).toBeUndefined();
    expect(personalDataProblem('born 2015-05-01', 'text', YEAR)).toMatch(/date of birth/);
  });
});
