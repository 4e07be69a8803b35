import { Decision, reject, textProblem, TextShape } from '../../shared';
import { usdAmountProblem } from '../money';
import { forfeitureReferenceProblem } from '../references';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

export const firstRefusal = (...checks: (() => Refusal)[]): Refusal => {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return undefined;
};

export function requireReference(field: string, value: string, forfeitureId: string): Refusal {
  const problem = forfeitureReferenceProblem(value);
  return problem
    ? reject(
        'FORFEITURE_INVALID_REFERENCE',
        `The ${field} ${value} of forfeiture ${forfeitureId} ${problem}.`,
      )
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

export function requireText(
  field: string,
  value: string | undefined,
  forfeitureId: string,
  shape: TextShape,
): Refusal {
  if (value === undefined || value.trim() === '')
    return reject('FORFEITURE_BLANK_FIELD', `The ${field} of forfeiture ${forfeitureId} must not be blank.`);
  const problem = textProblem(value, shape);
  return problem
    ? reject('FORFEITURE_INVALID_TEXT', `The ${field} of forfeiture ${forfeitureId} ${problem}.`)
    : undefined;
}
