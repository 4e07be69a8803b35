import { Decider, Scope } from '../shared';
import { TaskForceCommand } from './commands';
import { decide } from './decide';
import { TaskForceEvent } from './events';
import { evolve } from './evolve';
import { coLeadAgencies, memberAgencies } from './members';
import { initialTaskForceState, TaskForceState } from './state';

/**
 * The state, its co-leads and its current members. An agency just withdrawn is in the scope of its own
 * withdrawal (so its liaison learns of it) and of nothing after it.
 */
export function taskForceScope(state: TaskForceState): Scope {
  if (state.status === 'not_established') return { states: [], agencies: [] };
  const withdrawn = state.withdrawnAgency === null ? [] : [state.withdrawnAgency];
  const agencies = new Set([...coLeadAgencies(state), ...memberAgencies(state), ...withdrawn]);
  return { states: [state.state], agencies: [...agencies] };
}

export const taskForceDecider: Decider<TaskForceCommand, TaskForceEvent, TaskForceState> = {
  decide,
  evolve,
  initialState: initialTaskForceState,
  scope: taskForceScope,
};
