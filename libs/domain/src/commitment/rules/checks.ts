import {
  Decision,
  EARLIEST_INSTANT,
  instantProblem,
  isInstant,
  LATEST_INSTANT,
  quantityProblem,
  reject,
  textProblem,
  TextShape,
} from '../../shared';
import { SupportPeriod } from '../support';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

export function requireText(
  field: string,
  value: string | undefined,
  commitmentId: string,
  shape: TextShape = 'text',
): Refusal {
  if (value === undefined || value.trim() === '')
    return reject('COMMITMENT_BLANK_FIELD', `The ${field} of commitment ${commitmentId} must not be blank.`);
  const problem = textProblem(value, shape);
  return problem
    ? reject('COMMITMENT_INVALID_TEXT', `The ${field} of commitment ${commitmentId} ${problem}.`)
    : undefined;
}

export function requirePositiveQuantity(quantity: number, what: string, commitmentId: string): Refusal {
  const problem = quantityProblem(quantity);
  return problem
    ? reject(
        'COMMITMENT_INVALID_QUANTITY',
        `The quantity ${what} on commitment ${commitmentId} ${problem}, not ${quantity}.`,
      )
    : undefined;
}

/** A note may be empty, but what it says must be text. */
export function optionalText(field: string, value: string | undefined, commitmentId: string): Refusal {
  const problem = value === undefined ? undefined : textProblem(value, 'text');
  return problem
    ? reject('COMMITMENT_INVALID_TEXT', `The ${field} of commitment ${commitmentId} ${problem}.`)
    : undefined;
}

export { isInstant, instantProblem };

export const requirePeriod = (period: SupportPeriod, commitmentId: string): Refusal =>
  isInstant(period.from) && isInstant(period.to) && Date.parse(period.to) > Date.parse(period.from)
    ? undefined
    : reject(
        'COMMITMENT_INVALID_PERIOD',
        `The period ${period.from} to ${period.to} of commitment ${commitmentId} must be two ISO-8601 instants between ${EARLIEST_INSTANT} and ${LATEST_INSTANT}, the second after the first.`,
      );
