import type { HstfEvent } from '@hstf/contracts';
import {
  AGENCY_EVENT_TYPES,
  AgencyEvent,
  COMMITMENT_EVENT_TYPES,
  CommitmentEvent,
  DIRECTIVE_EVENT_TYPES,
  DirectiveEvent,
  FORFEITURE_EVENT_TYPES,
  ForfeitureEvent,
  OUTREACH_EVENT_TYPES,
  OutreachEvent,
  REFERRAL_EVENT_TYPES,
  ReferralEvent,
  REPORT_EVENT_TYPES,
  ReportEvent,
  TASK_FORCE_EVENT_TYPES,
  TASKING_EVENT_TYPES,
  TaskForceEvent,
  TaskingEvent,
} from '@hstf/domain';

// By type rather than by stream prefix: the domain's type lists are exhaustive by construction.
const kindOf = new Map<string, HstfEventKind>([
  ...AGENCY_EVENT_TYPES.map((t) => [t, 'agency'] as const),
  ...TASK_FORCE_EVENT_TYPES.map((t) => [t, 'task-force'] as const),
  ...DIRECTIVE_EVENT_TYPES.map((t) => [t, 'directive'] as const),
  ...TASKING_EVENT_TYPES.map((t) => [t, 'tasking'] as const),
  ...COMMITMENT_EVENT_TYPES.map((t) => [t, 'commitment'] as const),
  ...REPORT_EVENT_TYPES.map((t) => [t, 'report'] as const),
  ...FORFEITURE_EVENT_TYPES.map((t) => [t, 'forfeiture'] as const),
  ...REFERRAL_EVENT_TYPES.map((t) => [t, 'referral'] as const),
  ...OUTREACH_EVENT_TYPES.map((t) => [t, 'outreach'] as const),
]);

export type HstfEventKind =
  | 'agency'
  | 'task-force'
  | 'directive'
  | 'tasking'
  | 'commitment'
  | 'report'
  | 'forfeiture'
  | 'referral'
  | 'outreach';

export const isAgencyEvent = (event: HstfEvent): event is AgencyEvent => kindOf.get(event.type) === 'agency';
export const isTaskForceEvent = (event: HstfEvent): event is TaskForceEvent =>
  kindOf.get(event.type) === 'task-force';
export const isDirectiveEvent = (event: HstfEvent): event is DirectiveEvent =>
  kindOf.get(event.type) === 'directive';
export const isTaskingEvent = (event: HstfEvent): event is TaskingEvent =>
  kindOf.get(event.type) === 'tasking';
export const isCommitmentEvent = (event: HstfEvent): event is CommitmentEvent =>
  kindOf.get(event.type) === 'commitment';
export const isReportEvent = (event: HstfEvent): event is ReportEvent => kindOf.get(event.type) === 'report';
export const isForfeitureEvent = (event: HstfEvent): event is ForfeitureEvent =>
  kindOf.get(event.type) === 'forfeiture';
export const isReferralEvent = (event: HstfEvent): event is ReferralEvent =>
  kindOf.get(event.type) === 'referral';
export const isOutreachEvent = (event: HstfEvent): event is OutreachEvent =>
  kindOf.get(event.type) === 'outreach';
