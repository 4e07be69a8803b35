import { Decision, reject } from '../../shared';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

export const requireText = (field: string, value: string | undefined, directiveId: string): Refusal =>
  value === undefined || value.trim() === ''
    ? reject('DIRECTIVE_BLANK_FIELD', `The ${field} of directive ${directiveId} must not be blank.`)
    : undefined;

// Date.parse alone accepts many loose formats; events carry ISO-8601 instants with an offset only.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const requireInstant = (field: string, value: string, directiveId: string): Refusal =>
  ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))
    ? undefined
    : reject(
        'DIRECTIVE_INVALID_INSTANT',
        `The ${field} ${value} of directive ${directiveId} is not an ISO-8601 instant with an offset.`,
      );

// Lower case only: the id is part of the stream name, and two spellings of one id would be two streams.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const requireUuid = (field: string, value: string, directiveId: string): Refusal =>
  UUID.test(value)
    ? undefined
    : reject(
        'DIRECTIVE_INVALID_ID',
        `The ${field} ${value} of directive ${directiveId} is not a lower-case UUID.`,
      );
