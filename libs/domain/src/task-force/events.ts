import { StateCode } from '../reference';
import { Event } from '../shared';
import { MemberCapability } from './capabilities';
import { CoLeadDepartment } from './commands';
import { TaskForceObjective } from './objectives';

/** The co-leads are members from this moment on, without a separate enrolment event. */
export type TaskForceEstablished = Event<
  'TaskForceEstablished',
  {
    readonly state: StateCode;
    readonly dojCoLead: string;
    readonly dhsCoLead: string;
    readonly authority: string;
    readonly establishedAt: string;
  }
>;

export type MemberAgencyEnrolled = Event<
  'MemberAgencyEnrolled',
  {
    readonly state: StateCode;
    readonly agency: string;
    readonly capabilities: readonly MemberCapability[];
    readonly enrolledAt: string;
  }
>;

export type MemberAgencyWithdrawn = Event<
  'MemberAgencyWithdrawn',
  {
    readonly state: StateCode;
    readonly agency: string;
    readonly reason: string;
    readonly withdrawnAt: string;
  }
>;

/**
 * `enrolledAsMember` is true when the agency was not a member and joins the task force by this
 * designation; the previous co-lead stays a member.
 */
export type CoLeadDesignated = Event<
  'CoLeadDesignated',
  {
    readonly state: StateCode;
    readonly department: CoLeadDepartment;
    readonly agency: string;
    readonly previousCoLead: string;
    readonly enrolledAsMember: boolean;
    readonly designatedAt: string;
  }
>;

export type ObjectivesSet = Event<
  'ObjectivesSet',
  { readonly state: StateCode; readonly objectives: readonly TaskForceObjective[]; readonly setAt: string }
>;

export type TaskForceEvent =
  TaskForceEstablished | MemberAgencyEnrolled | MemberAgencyWithdrawn | CoLeadDesignated | ObjectivesSet;

export type TaskForceEventType = TaskForceEvent['type'];

// A mapped type rather than a plain array so that the compiler refuses a list missing an event type.
const EVERY_TYPE: { readonly [K in TaskForceEventType]: K } = {
  TaskForceEstablished: 'TaskForceEstablished',
  MemberAgencyEnrolled: 'MemberAgencyEnrolled',
  MemberAgencyWithdrawn: 'MemberAgencyWithdrawn',
  CoLeadDesignated: 'CoLeadDesignated',
  ObjectivesSet: 'ObjectivesSet',
};

export const TASK_FORCE_EVENT_TYPES: readonly TaskForceEventType[] = Object.values(EVERY_TYPE);
