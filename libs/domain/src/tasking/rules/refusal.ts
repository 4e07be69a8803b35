import { Decision, instantProblem, reject, textProblem, TextShape } from '../../shared';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

export function requireText(
  field: string,
  value: string | undefined,
  taskingId: string,
  shape: TextShape = 'text',
): Refusal {
  if (value === undefined || value.trim() === '')
    return reject('TASKING_BLANK_FIELD', `The ${field} of tasking ${taskingId} must not be blank.`);
  const problem = textProblem(value, shape);
  return problem
    ? reject('TASKING_INVALID_TEXT', `The ${field} of tasking ${taskingId} ${problem}.`)
    : undefined;
}

export { instantProblem };
