import { Decision, RefusalCode, reject, textProblem, TextShape } from '../../shared';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

/** `sentence` says what is missing when the value is blank; a value that is no proper text says why. */
export function requireText(
  code: RefusalCode,
  value: string | undefined,
  sentence: string,
  field: string,
  shape: TextShape = 'text',
): Refusal {
  if (value === undefined || value.trim() === '') return reject(code, sentence);
  const problem = textProblem(value, shape);
  return problem ? reject('TASK_FORCE_INVALID_TEXT', `The ${field} ${problem}.`) : undefined;
}

export interface ChoiceCodes {
  readonly empty: RefusalCode;
  readonly unknown: RefusalCode;
  readonly repeated: RefusalCode;
}

/**
 * A non-empty subset of a closed list, each named once: what both capabilities and objectives are.
 * `what` names the list in the sentences, e.g. "capabilities of CBP in the TX task force".
 */
export function requireChoices(
  values: readonly string[],
  allowed: readonly string[],
  codes: ChoiceCodes,
  what: string,
): Refusal {
  if (values.length === 0) return reject(codes.empty, `At least one of the ${what} must be named.`);
  const unknown = values.filter((value) => !allowed.includes(value));
  if (unknown.length > 0) {
    return reject(
      codes.unknown,
      `The ${what} name ${unknown.join(', ')}, which the list does not hold; choose among ${allowed.join(', ')}.`,
    );
  }
  const repeated = values.filter((value, index) => values.indexOf(value) !== index);
  if (repeated.length > 0) {
    return reject(codes.repeated, `The ${what} name ${[...new Set(repeated)].join(', ')} more than once.`);
  }
  return undefined;
}
