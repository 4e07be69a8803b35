import { findFederalAgency, StateCode, stateOfAgencyCode } from '../../reference';
import { reject } from '../../shared';
import { CoLeadDepartment } from '../commands';
import { Refusal } from './refusal';

/**
 * A federal agency serves every state and may join any task force; a state or local agency joins only the
 * task force of the state its code names. Whether a state or local code was registered is a question for
 * the Agency streams, which the API's catalog asks before the command reaches this decider.
 */
export function requireAgencyOfState(agency: string, state: StateCode): Refusal {
  if (findFederalAgency(agency)) return undefined;
  const home = stateOfAgencyCode(agency);
  if (home === undefined) {
    return reject(
      'TASK_FORCE_UNKNOWN_AGENCY',
      `${agency} is neither an agency of the federal catalog nor a state or local agency code such as ${state}-DPS.`,
    );
  }
  if (home !== state) {
    return reject(
      'TASK_FORCE_AGENCY_OF_ANOTHER_STATE',
      `${agency} is an agency of ${home}; only federal agencies and agencies of ${state} join the ${state} task force.`,
    );
  }
  return undefined;
}

/** The DOJ co-lead is a DOJ component of the federal catalog, the DHS co-lead a DHS one. */
export function requireCoLeadOf(
  department: CoLeadDepartment,
  agency: string | undefined,
  state: string,
): Refusal {
  if (agency === undefined || agency.trim() === '') {
    return reject(
      'TASK_FORCE_CO_LEAD_REQUIRED',
      `The ${state} task force needs a ${department} co-lead and none was named; it is co-led by DOJ and DHS.`,
    );
  }
  const federal = findFederalAgency(agency);
  if (federal?.department !== department) {
    const actually = federal ? `a ${federal.department} agency` : 'not a federal agency of the catalog';
    return reject(
      'TASK_FORCE_CO_LEAD_NOT_OF_DEPARTMENT',
      `${agency} cannot co-lead the ${state} task force for ${department}: it is ${actually}.`,
    );
  }
  return undefined;
}
