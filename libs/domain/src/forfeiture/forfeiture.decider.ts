import { Decider, Scope } from '../shared';
import { ForfeitureCommand } from './commands';
import { decide } from './decide';
import { ForfeitureEvent } from './events';
import { evolve } from './evolve';
import { ForfeitureState, initialForfeitureState } from './state';
import { REMISSION_AUTHORITY, PETITIONS_FILED_BY } from './vocabulary';

/**
 * A victim's record: its petitions are survivors' claims. Read by the seizing agency, DOJ-MLARS (which
 * rules on remission) and CCHT (which helps survivors file), and by the command center's supervisors and
 * auditors; no state, so that no state's topic or feed carries it, and restricted, so that neither
 * operators nor admins nor a state's readers read it. It is restricted before it is opened too.
 */
export const forfeitureScope = (state: ForfeitureState): Scope =>
  state.status === 'none'
    ? { states: [], agencies: [], restricted: true }
    : {
        states: [],
        agencies: [...new Set([state.seizingAgency, REMISSION_AUTHORITY, PETITIONS_FILED_BY])],
        restricted: true,
      };

export const forfeitureDecider: Decider<ForfeitureCommand, ForfeitureEvent, ForfeitureState> = {
  decide,
  evolve,
  initialState: initialForfeitureState,
  scope: forfeitureScope,
};
