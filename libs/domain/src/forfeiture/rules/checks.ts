import { Decision, reject, textProblem, TextShape } from '../../shared';
import { usdAmountProblem } from '../money';
import { forfeitureReferenceProblem, freeTextProblem } from '../references';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

export const firstRefusal = (...checks: (() => Refusal)[]): Refusal => {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return undefined;
};

/** A reference of a record: its shape, and nothing in it that reads as a person's name or data. */
export function requireReference(field: string, value: string, forfeitureId: string, now: string): Refusal {
  const problem = forfeitureReferenceProblem(value, now);
  return problem
    ? reject('FORFEITURE_INVALID_REFERENCE', `The ${field} of forfeiture ${forfeitureId} ${problem}.`)
    : undefined;
}

export function requireAmount(field: string, amount: number, forfeitureId: string): Refusal {
  const problem = usdAmountProblem(amount);
  return problem
    ? reject(
        'FORFEITURE_INVALID_AMOUNT',
        `The ${field} of forfeiture ${forfeitureId} ${problem}, not ${amount}.`,
      )
    : undefined;
}

/** Free text: not blank, storable, and without what reads as a survivor's personal data. */
export function requireText(
  field: string,
  value: string | undefined,
  forfeitureId: string,
  shape: TextShape,
  now: string,
): Refusal {
  if (value === undefined || value.trim() === '')
    return reject('FORFEITURE_BLANK_FIELD', `The ${field} of forfeiture ${forfeitureId} must not be blank.`);
  const problem = textProblem(value, shape);
  if (problem)
    return reject('FORFEITURE_INVALID_TEXT', `The ${field} of forfeiture ${forfeitureId} ${problem}.`);
  const personal = freeTextProblem(value, now);
  return personal
    ? reject(
        'FORFEITURE_PERSONAL_DATA',
        `The ${field} of forfeiture ${forfeitureId} ${personal}; no personal data enters the command center.`,
      )
    : undefined;
}
