import { Decision, reject } from '../../shared';
import { SupportPeriod } from '../support';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

export const requireText = (field: string, value: string | undefined, commitmentId: string): Refusal =>
  value === undefined || value.trim() === ''
    ? reject('COMMITMENT_BLANK_FIELD', `The ${field} of commitment ${commitmentId} must not be blank.`)
    : undefined;

export const requirePositiveQuantity = (quantity: number, what: string, commitmentId: string): Refusal =>
  Number.isFinite(quantity) && quantity > 0
    ? undefined
    : reject(
        'COMMITMENT_INVALID_QUANTITY',
        `The quantity ${what} on commitment ${commitmentId} must be a positive number, not ${quantity}.`,
      );

// Date.parse alone accepts many loose formats; events carry ISO-8601 instants with an offset only.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const isInstant = (value: string): boolean =>
  ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));

export const requirePeriod = (period: SupportPeriod, commitmentId: string): Refusal =>
  isInstant(period.from) && isInstant(period.to) && Date.parse(period.to) > Date.parse(period.from)
    ? undefined
    : reject(
        'COMMITMENT_INVALID_PERIOD',
        `The period ${period.from} to ${period.to} of commitment ${commitmentId} must be two ISO-8601 instants, the second after the first.`,
      );
