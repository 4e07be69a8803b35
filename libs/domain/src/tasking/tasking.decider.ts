import { Decider, Scope } from '../shared';
import { TaskingCommand } from './commands';
import { decide } from './decide';
import { TaskingEvent } from './events';
import { evolve } from './evolve';
import { initialTaskingState, taskingParticipants, TaskingState } from './state';

/**
 * The state's task force, and the agencies that work the tasking. Leads that declined, and supporters a
 * reassignment dropped, are in the scope of that reassignment (so their inbox can close the item) and of
 * nothing after it: they have no further need to know how the tasking goes.
 */
export function taskingScope(state: TaskingState): Scope {
  if (state.status === 'unassigned') return { states: [], agencies: [] };
  return { states: [state.taskForce], agencies: [...taskingParticipants(state), ...state.releasedAgencies] };
}

export const taskingDecider: Decider<TaskingCommand, TaskingEvent, TaskingState> = {
  decide,
  evolve,
  initialState: initialTaskingState,
  scope: taskingScope,
};
