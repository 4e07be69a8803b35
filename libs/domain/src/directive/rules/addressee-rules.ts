import { AGENCY_CODE, isStateCode } from '../../reference';
import { reject } from '../../shared';
import { Addressees, NO_ADDRESSEES } from '../addressees';
import { Refusal } from './refusal';

const repeatedIn = (codes: readonly string[]): string[] => [
  ...new Set(codes.filter((code, index) => codes.indexOf(code) !== index)),
];

/**
 * Addressees named by an issue or added by an amendment: USPS state codes, agency codes of the catalogue's
 * shape (whether the agency is in the catalogue is the API's check), each named once over the directive's
 * life, counting those it already has.
 */
export function checkAddressees(
  directiveId: string,
  named: Addressees,
  existing: Addressees = NO_ADDRESSEES,
): Refusal {
  const unknownStates = named.states.filter((code) => !isStateCode(code));
  if (unknownStates.length > 0) {
    return reject(
      'DIRECTIVE_UNKNOWN_STATE',
      `Directive ${directiveId} is addressed to codes that are not states: ${unknownStates.join(', ')}.`,
    );
  }
  const malformed = named.agencies.filter((code) => !AGENCY_CODE.test(code));
  if (malformed.length > 0) {
    return reject(
      'DIRECTIVE_INVALID_AGENCY_CODE',
      `Directive ${directiveId} is addressed to malformed agency codes: ${malformed.join(', ')}.`,
    );
  }
  const repeated = [...repeatedIn(named.states), ...repeatedIn(named.agencies)];
  if (repeated.length > 0) {
    return reject(
      'DIRECTIVE_DUPLICATE_ADDRESSEE',
      `Directive ${directiveId} names addressees more than once: ${repeated.join(', ')}.`,
    );
  }
  const known = [
    ...named.states.filter((code) => existing.states.includes(code)),
    ...named.agencies.filter((code) => existing.agencies.includes(code)),
  ];
  if (known.length > 0) {
    return reject(
      'DIRECTIVE_ALREADY_ADDRESSED',
      `Directive ${directiveId} is already addressed to ${known.join(', ')}.`,
    );
  }
  return undefined;
}
