import {
  EstablishedTaskForce,
  evolveTaskForce,
  initialTaskForceState,
  TaskForceEvent,
  TaskForceState,
} from '@hstf/domain';

/** A task force as its board shows it: the domain's state, without the transient "just withdrawn" marker. */
export type TaskForceRow = Omit<EstablishedTaskForce, 'status' | 'withdrawnAgency'>;

const stateOf = (row: TaskForceRow | undefined): TaskForceState =>
  row ? { ...row, status: 'established', withdrawnAgency: null } : initialTaskForceState;

/** Folds through the decider's own evolve, so the board cannot disagree with the rules on membership. */
export function evolveTaskForceRow(
  row: TaskForceRow | undefined,
  event: TaskForceEvent,
): TaskForceRow | undefined {
  const next = evolveTaskForce(stateOf(row), event);
  if (next.status !== 'established') return undefined;
  const { status: _status, withdrawnAgency: _withdrawn, ...rest } = next;
  return rest;
}

export const memberAgenciesOf = (row: TaskForceRow): string[] => row.members.map((m) => m.agency);
