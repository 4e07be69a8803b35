import { Command } from '../shared';
import { MemberCapability } from './capabilities';
import { TaskForceObjective } from './objectives';

/** The two departments that co-lead every task force (EO 14159: the Attorney General and the Secretary). */
export type CoLeadDepartment = 'DOJ' | 'DHS';

export const CO_LEAD_DEPARTMENTS: readonly CoLeadDepartment[] = ['DOJ', 'DHS'];

/** The executive order task forces are established under, cited when the command names no other. */
export const DEFAULT_TASK_FORCE_AUTHORITY = 'EO 14159';

export type EstablishTaskForce = Command<
  'EstablishTaskForce',
  {
    readonly state: string;
    readonly dojCoLead: string;
    readonly dhsCoLead: string;
    /** The legal authority cited; omitted, it is DEFAULT_TASK_FORCE_AUTHORITY. */
    readonly authority?: string;
  }
>;

export type EnrollMemberAgency = Command<
  'EnrollMemberAgency',
  { readonly state: string; readonly agency: string; readonly capabilities: readonly MemberCapability[] }
>;

export type WithdrawMemberAgency = Command<
  'WithdrawMemberAgency',
  { readonly state: string; readonly agency: string; readonly reason: string }
>;

export type DesignateCoLead = Command<
  'DesignateCoLead',
  { readonly state: string; readonly department: CoLeadDepartment; readonly agency: string }
>;

export type SetObjectives = Command<
  'SetObjectives',
  { readonly state: string; readonly objectives: readonly TaskForceObjective[] }
>;

export type TaskForceCommand =
  EstablishTaskForce | EnrollMemberAgency | WithdrawMemberAgency | DesignateCoLead | SetObjectives;
