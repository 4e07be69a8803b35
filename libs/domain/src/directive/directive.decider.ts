import { Decider, Scope } from '../shared';
import { DirectiveCommand } from './commands';
import { decide } from './decide';
import { DirectiveEvent } from './events';
import { evolve } from './evolve';
import { DirectiveState, initialDirectiveState } from './state';

const sortedUnique = (codes: readonly string[]): string[] => [...new Set(codes)].sort();

/**
 * The addressed states and agencies: each is told of the directive, its amendments, the acknowledgements
 * and its end. A co-lead agency acknowledging for its state is reached through the state's audience.
 */
export function directiveScope(state: DirectiveState): Scope {
  if (state.status === 'not_issued') return { states: [], agencies: [] };
  return { states: sortedUnique(state.addressees.states), agencies: sortedUnique(state.addressees.agencies) };
}

export const directiveDecider: Decider<DirectiveCommand, DirectiveEvent, DirectiveState> = {
  decide,
  evolve,
  initialState: initialDirectiveState,
  scope: directiveScope,
};
