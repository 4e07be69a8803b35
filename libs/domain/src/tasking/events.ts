import { Event } from '../shared';

export type TaskingAssigned = Event<
  'TaskingAssigned',
  {
    readonly taskingId: string;
    readonly taskForce: string;
    readonly leadAgency: string;
    readonly supportingAgencies: readonly string[];
    readonly objective: string;
    readonly title: string;
    readonly instructions: string;
    readonly directiveId?: string;
    readonly dueAt: string;
    readonly assignedAt: string;
  }
>;

export type TaskingAccepted = Event<
  'TaskingAccepted',
  { readonly taskingId: string; readonly leadAgency: string; readonly acceptedAt: string }
>;

export type TaskingDeclined = Event<
  'TaskingDeclined',
  {
    readonly taskingId: string;
    readonly leadAgency: string;
    readonly reason: string;
    readonly declinedAt: string;
  }
>;

export type TaskingProgressReported = Event<
  'TaskingProgressReported',
  {
    readonly taskingId: string;
    readonly reportedBy: string;
    readonly summary: string;
    readonly percentComplete: number;
    readonly reportedAt: string;
  }
>;

/** `by` is the participating agency that raised or cleared the block; absent when the command centre did. */
export type TaskingBlocked = Event<
  'TaskingBlocked',
  { readonly taskingId: string; readonly reason: string; readonly by?: string; readonly blockedAt: string }
>;

export type TaskingUnblocked = Event<
  'TaskingUnblocked',
  {
    readonly taskingId: string;
    readonly resolution: string;
    readonly by?: string;
    readonly unblockedAt: string;
  }
>;

export type TaskingReassigned = Event<
  'TaskingReassigned',
  {
    readonly taskingId: string;
    readonly previousLeadAgency: string;
    readonly leadAgency: string;
    readonly supportingAgencies: readonly string[];
    readonly reason: string;
    readonly reassignedAt: string;
  }
>;

export type TaskingCompleted = Event<
  'TaskingCompleted',
  {
    readonly taskingId: string;
    readonly leadAgency: string;
    readonly outcome: string;
    readonly completedAt: string;
  }
>;

export type TaskingCancelled = Event<
  'TaskingCancelled',
  { readonly taskingId: string; readonly reason: string; readonly cancelledAt: string }
>;

export type TaskingEvent =
  | TaskingAssigned
  | TaskingAccepted
  | TaskingDeclined
  | TaskingProgressReported
  | TaskingBlocked
  | TaskingUnblocked
  | TaskingReassigned
  | TaskingCompleted
  | TaskingCancelled;

export type TaskingEventType = TaskingEvent['type'];

// A mapped type rather than a plain array so that the compiler refuses a list missing an event type.
const EVERY_TYPE: { readonly [K in TaskingEventType]: K } = {
  TaskingAssigned: 'TaskingAssigned',
  TaskingAccepted: 'TaskingAccepted',
  TaskingDeclined: 'TaskingDeclined',
  TaskingProgressReported: 'TaskingProgressReported',
  TaskingBlocked: 'TaskingBlocked',
  TaskingUnblocked: 'TaskingUnblocked',
  TaskingReassigned: 'TaskingReassigned',
  TaskingCompleted: 'TaskingCompleted',
  TaskingCancelled: 'TaskingCancelled',
};

export const TASKING_EVENT_TYPES: readonly TaskingEventType[] = Object.values(EVERY_TYPE);
