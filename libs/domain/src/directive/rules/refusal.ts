import { Decision, instantProblem, reject, textProblem, TextShape } from '../../shared';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

export function requireText(
  field: string,
  value: string | undefined,
  directiveId: string,
  shape: TextShape = 'text',
): Refusal {
  if (value === undefined || value.trim() === '')
    return reject('DIRECTIVE_BLANK_FIELD', `The ${field} of directive ${directiveId} must not be blank.`);
  const problem = textProblem(value, shape);
  return problem
    ? reject('DIRECTIVE_INVALID_TEXT', `The ${field} of directive ${directiveId} ${problem}.`)
    : undefined;
}

export function requireInstant(field: string, value: string, directiveId: string): Refusal {
  const problem = instantProblem(value);
  return problem
    ? reject('DIRECTIVE_INVALID_INSTANT', `The ${field} ${value} of directive ${directiveId} ${problem}.`)
    : undefined;
}

// Lower case only: the id is part of the stream name, and two spellings of one id would be two streams.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const requireUuid = (field: string, value: string, directiveId: string): Refusal =>
  UUID.test(value)
    ? undefined
    : reject(
        'DIRECTIVE_INVALID_ID',
        `The ${field} ${value} of directive ${directiveId} is not a lower-case UUID.`,
      );
