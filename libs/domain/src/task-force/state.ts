import { StateCode } from '../reference';
import { MemberCapability } from './capabilities';
import { CoLeadDepartment } from './commands';
import { TaskForceObjective } from './objectives';

export interface TaskForceMember {
  readonly agency: string;
  /** Empty for a co-lead that joined by its designation: it leads rather than declaring a capability. */
  readonly capabilities: readonly MemberCapability[];
  readonly since: string;
}

export interface NoTaskForce {
  readonly status: 'not_established';
}

export interface EstablishedTaskForce {
  readonly status: 'established';
  readonly state: StateCode;
  readonly authority: string;
  readonly establishedAt: string;
  readonly coLeads: { readonly [D in CoLeadDepartment]: string };
  /** Current members in order of joining, co-leads included; a withdrawn agency is no longer listed. */
  readonly members: readonly TaskForceMember[];
  readonly objectives: readonly TaskForceObjective[];
  /**
   * The agency the latest event withdrew, if any: it is told of its own withdrawal and of nothing after
   * it, as a tasking tells the agencies it releases.
   */
  readonly withdrawnAgency: string | null;
}

export type TaskForceState = NoTaskForce | EstablishedTaskForce;

export const initialTaskForceState: TaskForceState = { status: 'not_established' };
