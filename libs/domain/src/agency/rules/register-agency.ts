import { findFederalAgency, isStateCode, stateOfAgencyCode } from '../../reference';
import { accept, Decision, reject, textProblem } from '../../shared';
import { REGISTRABLE_AGENCY_KINDS, RegisterAgency } from '../commands';
import { AgencyEvent } from '../events';
import { AgencyState } from '../state';

export function registerAgency(command: RegisterAgency, state: AgencyState): Decision<AgencyEvent> {
  const { code, name, kind } = command.data;
  if (state.status === 'registered') {
    return reject('AGENCY_ALREADY_REGISTERED', `Agency ${code} is already registered as ${state.name}.`);
  }
  // Checked before the code's shape so that the refusal names the real reason, not a malformed code.
  const federal = findFederalAgency(code);
  if (federal) {
    return reject(
      'AGENCY_IN_FEDERAL_CATALOG',
      `${code} is the ${federal.name} of the federal catalog; only state and local agencies are registered.`,
    );
  }
  if (!isStateCode(command.data.state)) {
    return reject(
      'AGENCY_UNKNOWN_STATE',
      `Agency ${code} is said to serve ${command.data.state}, which is not a USPS code of a state, DC or a territory.`,
    );
  }
  const prefix = stateOfAgencyCode(code);
  if (prefix === undefined) {
    return reject(
      'AGENCY_INVALID_CODE',
      `${code} is not a state or local agency code: it must read like ${command.data.state}-DPS, the state's USPS code, a dash and 2 to 12 letters or digits.`,
    );
  }
  if (prefix !== command.data.state) {
    return reject(
      'AGENCY_CODE_STATE_MISMATCH',
      `Agency ${code} is prefixed ${prefix} but is said to serve ${command.data.state}; the prefix must name its state.`,
    );
  }
  if (!REGISTRABLE_AGENCY_KINDS.includes(kind)) {
    return reject('AGENCY_INVALID_KIND', `Agency ${code} has kind ${kind}; it must be state, local or ngo.`);
  }
  if (name.trim() === '') {
    return reject('AGENCY_BLANK_NAME', `The name of agency ${code} must not be blank.`);
  }
  const badName = textProblem(name, 'line');
  if (badName) return reject('AGENCY_INVALID_NAME', `The name of agency ${code} ${badName}.`);
  return accept({
    type: 'AgencyRegistered',
    data: { code, name, kind, state: command.data.state, registeredAt: command.meta.now },
  });
}
