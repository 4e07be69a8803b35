import { Decider, Scope } from '../shared';
import { OutreachCommand } from './commands';
import { decide } from './decide';
import { OutreachEvent } from './events';
import { evolve } from './evolve';
import { initialOutreachState, OutreachState } from './state';
import { CCHT } from './vocabulary';

/**
 * The task force's state, CCHT and a campaign's partners: who reads the outreach and its figures. It
 * carries no victim's record (tips are references), so it is not restricted.
 */
export const outreachScope = (state: OutreachState): Scope => {
  switch (state.kind) {
    case 'none':
      return { states: [], agencies: [] };
    case 'seminar':
      return { states: [state.taskForce], agencies: [CCHT] };
    case 'campaign':
      return { states: [state.taskForce], agencies: [CCHT, ...state.partners] };
  }
};

export const outreachDecider: Decider<OutreachCommand, OutreachEvent, OutreachState> = {
  decide,
  evolve,
  initialState: initialOutreachState,
  scope: outreachScope,
};
