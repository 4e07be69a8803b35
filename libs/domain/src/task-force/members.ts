import { CO_LEAD_DEPARTMENTS } from './commands';
import { TaskForceState } from './state';

/*
 * Read by the application layer to build the context of other aggregates' commands (a tasking is led and
 * supported by members only; a state addressee of a directive is acknowledged by a co-lead), so those
 * deciders stay pure.
 */

/** The agencies that belong to the task force now, co-leads included. */
export const memberAgencies = (state: TaskForceState): readonly string[] =>
  state.status === 'established' ? state.members.map((member) => member.agency) : [];

export const isMemberAgency = (state: TaskForceState, agency: string): boolean =>
  memberAgencies(state).includes(agency);

/** The DOJ co-lead, then the DHS co-lead. */
export const coLeadAgencies = (state: TaskForceState): readonly string[] =>
  state.status === 'established' ? CO_LEAD_DEPARTMENTS.map((department) => state.coLeads[department]) : [];
