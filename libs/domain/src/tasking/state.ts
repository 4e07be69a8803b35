export type OpenTaskingStatus = 'assigned' | 'accepted' | 'in_progress' | 'declined';
export type ClosedTaskingStatus = 'completed' | 'cancelled';

export interface TaskingBlock {
  readonly reason: string;
  readonly since: string;
}

/** What the rules and the scope need; the full narrative (title, instructions, summaries) lives in events. */
interface TaskingFacts {
  readonly taskingId: string;
  readonly taskForce: string;
  readonly leadAgency: string;
  readonly supportingAgencies: readonly string[];
  readonly dueAt: string;
  /** A flag beside the status: a blocked tasking keeps its place in the lifecycle. */
  readonly blocked: TaskingBlock | null;
  /**
   * Agencies the latest event took off the tasking (a reassignment drops the declining lead and perhaps
   * supporters). They are told of that event and of nothing after it: need-to-know, as in the feeds.
   */
  readonly releasedAgencies: readonly string[];
}

export interface NoTasking {
  readonly status: 'unassigned';
}

export interface OpenTasking extends TaskingFacts {
  readonly status: OpenTaskingStatus;
}

export interface ClosedTasking extends TaskingFacts {
  readonly status: ClosedTaskingStatus;
}

export type TaskingState = NoTasking | OpenTasking | ClosedTasking;

export const initialTaskingState: TaskingState = { status: 'unassigned' };

export const isTaskingClosed = (state: TaskingState): state is ClosedTasking =>
  state.status === 'completed' || state.status === 'cancelled';

/** The lead and the supporters: the agencies that work the tasking. */
export const taskingParticipants = (state: OpenTasking | ClosedTasking): readonly string[] => [
  state.leadAgency,
  ...state.supportingAgencies,
];
