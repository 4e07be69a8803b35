import { Decision, reject } from '../../shared';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

export const requireText = (field: string, value: string | undefined, taskingId: string): Refusal =>
  value === undefined || value.trim() === ''
    ? reject('TASKING_BLANK_FIELD', `The ${field} of tasking ${taskingId} must not be blank.`)
    : undefined;

// Date.parse alone accepts many loose formats; events carry ISO-8601 instants with an offset only.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const isInstant = (value: string): boolean =>
  ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
