import {
  ClosedTaskingStatus,
  evolveTasking,
  initialTaskingState,
  OpenTaskingStatus,
  TaskingAssigned,
  TaskingBlock,
  TaskingEvent,
  TaskingState,
} from '@hstf/domain';

export interface TaskingProgress {
  readonly percentComplete: number;
  /** Absent for a reader of another agency than the reporting one (need-to-know). */
  readonly summary?: string;
  readonly reportedBy: string;
  readonly reportedAt: string;
}

export interface TaskingDecline {
  readonly by: string;
  /** Absent for a reader of another agency than the declining one (need-to-know). */
  readonly reason?: string;
  readonly at: string;
}

export interface TaskingClosure {
  /** The outcome of a completion, or the reason of a cancellation. */
  readonly note: string;
  readonly at: string;
}

/** A tasking as boards, inboxes and lists show it: the lifecycle of the decider plus the narrative. */
export interface TaskingRow {
  readonly taskingId: string;
  /** USPS code of the state whose task force carries the tasking. */
  readonly taskForce: string;
  readonly status: OpenTaskingStatus | ClosedTaskingStatus;
  readonly leadAgency: string;
  readonly supportingAgencies: readonly string[];
  readonly title: string;
  readonly objective: string;
  readonly instructions: string;
  readonly directiveId?: string;
  readonly dueAt: string;
  readonly assignedAt: string;
  readonly blocked: TaskingBlock | null;
  readonly progress: TaskingProgress | null;
  readonly lastDecline: TaskingDecline | null;
  readonly closure: TaskingClosure | null;
}

export const OPEN_TASKING_STATUSES: readonly OpenTaskingStatus[] = [
  'assigned',
  'accepted',
  'in_progress',
  'declined',
];

export const isOpenTasking = (row: TaskingRow): boolean =>
  (OPEN_TASKING_STATUSES as readonly string[]).includes(row.status);

const stateOf = (row: TaskingRow | undefined): TaskingState =>
  row
    ? {
        status: row.status,
        taskingId: row.taskingId,
        taskForce: row.taskForce,
        leadAgency: row.leadAgency,
        supportingAgencies: row.supportingAgencies,
        dueAt: row.dueAt,
        blocked: row.blocked,
        releasedAgencies: [],
      }
    : initialTaskingState;

function assignedRow({ data }: TaskingAssigned): TaskingRow {
  return {
    taskingId: data.taskingId,
    taskForce: data.taskForce,
    status: 'assigned',
    leadAgency: data.leadAgency,
    supportingAgencies: data.supportingAgencies,
    title: data.title,
    objective: data.objective,
    instructions: data.instructions,
    ...(data.directiveId === undefined ? {} : { directiveId: data.directiveId }),
    dueAt: data.dueAt,
    assignedAt: data.assignedAt,
    blocked: null,
    progress: null,
    lastDecline: null,
    closure: null,
  };
}

/** What the decider's state does not keep: the words of progress reports, declines and closures. */
function narrate(row: TaskingRow, event: TaskingEvent): TaskingRow {
  switch (event.type) {
    case 'TaskingProgressReported': {
      const { percentComplete, summary, reportedBy, reportedAt } = event.data;
      return { ...row, progress: { percentComplete, summary, reportedBy, reportedAt } };
    }
    case 'TaskingDeclined':
      return {
        ...row,
        lastDecline: { by: event.data.leadAgency, reason: event.data.reason, at: event.data.declinedAt },
      };
    case 'TaskingCompleted':
      return { ...row, closure: { note: event.data.outcome, at: event.data.completedAt } };
    case 'TaskingCancelled':
      return { ...row, closure: { note: event.data.reason, at: event.data.cancelledAt } };
    default:
      return row;
  }
}

/** Lifecycle through the decider's evolve (status, lead, supporters, block), narrative beside it. */
export function evolveTaskingRow(row: TaskingRow | undefined, event: TaskingEvent): TaskingRow | undefined {
  const next = evolveTasking(stateOf(row), event);
  if (next.status === 'unassigned') return undefined;
  const base = event.type === 'TaskingAssigned' ? assignedRow(event) : row;
  if (base === undefined) return undefined;
  return {
    ...narrate(base, event),
    status: next.status,
    leadAgency: next.leadAgency,
    supportingAgencies: next.supportingAgencies,
    blocked: next.blocked,
  };
}

/** The lead and the supporters, the agencies whose inboxes hold the tasking. */
export const taskingAgencies = (row: TaskingRow): string[] => [row.leadAgency, ...row.supportingAgencies];
