import { Decider, Scope } from '../shared';
import { AgencyCommand } from './commands';
import { decide } from './decide';
import { AgencyEvent } from './events';
import { evolve } from './evolve';
import { AgencyState, initialAgencyState } from './state';

/** The agency's own state and the agency itself: its liaison sees how the command centre knows it. */
export function agencyScope(state: AgencyState): Scope {
  if (state.status === 'unregistered') return { states: [], agencies: [] };
  return { states: [state.state], agencies: [state.code] };
}

export const agencyDecider: Decider<AgencyCommand, AgencyEvent, AgencyState> = {
  decide,
  evolve,
  initialState: initialAgencyState,
  scope: agencyScope,
};
