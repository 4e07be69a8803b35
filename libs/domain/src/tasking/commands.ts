import { Command } from '../shared';

/**
 * The task force's current member agencies, read by the application layer from the TaskForce stream
 * just before deciding. The rule "only member agencies lead or support" spans two aggregates; passing
 * the members in keeps this decider pure and lets it refuse without any I/O.
 */
export interface TaskForceMembersContext {
  readonly taskForceMembers: readonly string[];
}

export type AssignTasking = Command<
  'AssignTasking',
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
    readonly context: TaskForceMembersContext;
  }
>;

export type AcceptTasking = Command<'AcceptTasking', { readonly taskingId: string }>;

export type DeclineTasking = Command<
  'DeclineTasking',
  { readonly taskingId: string; readonly reason: string }
>;

export type ReportTaskingProgress = Command<
  'ReportTaskingProgress',
  { readonly taskingId: string; readonly summary: string; readonly percentComplete: number }
>;

export type BlockTasking = Command<'BlockTasking', { readonly taskingId: string; readonly reason: string }>;

export type UnblockTasking = Command<
  'UnblockTasking',
  { readonly taskingId: string; readonly resolution: string }
>;

export type ReassignTasking = Command<
  'ReassignTasking',
  {
    readonly taskingId: string;
    readonly leadAgency: string;
    /** Omitted: the supporters stay, less the new lead if it was one of them. */
    readonly supportingAgencies?: readonly string[];
    readonly reason: string;
    readonly context: TaskForceMembersContext;
  }
>;

export type CompleteTasking = Command<
  'CompleteTasking',
  { readonly taskingId: string; readonly outcome: string }
>;

export type CancelTasking = Command<'CancelTasking', { readonly taskingId: string; readonly reason: string }>;

export type TaskingCommand =
  | AssignTasking
  | AcceptTasking
  | DeclineTasking
  | ReportTaskingProgress
  | BlockTasking
  | UnblockTasking
  | ReassignTasking
  | CompleteTasking
  | CancelTasking;
