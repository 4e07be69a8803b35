import { Decider, Scope } from '../shared';
import { REFERRAL_STEWARD } from './channels';
import { ReferralCommand } from './commands';
import { decide } from './decide';
import { ReferralEvent } from './events';
import { evolve } from './evolve';
import { initialReferralState, ReferralState } from './state';

/**
 * A victim's record: the referring and the receiving agency and CCHT read it, with the command center's
 * supervisors and auditors; no state's readers (its states are empty: no state topic or feed carries it).
 */
export const referralScope = (state: ReferralState): Scope =>
  state.status === 'none'
    ? { states: [], agencies: [], restricted: true }
    : {
        states: [],
        agencies: [...new Set([state.referringAgency, state.receivingAgency, REFERRAL_STEWARD])],
        restricted: true,
      };

export const referralDecider: Decider<ReferralCommand, ReferralEvent, ReferralState> = {
  decide,
  evolve,
  initialState: initialReferralState,
  scope: referralScope,
};
