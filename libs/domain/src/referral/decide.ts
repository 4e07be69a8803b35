import { Decision, reject } from '../shared';
import { ReferralCommand } from './commands';
import { ReferralEvent } from './events';
import { makeReferral } from './rules/make-referral';
import { referralStep } from './rules/referral-steps';
import { ReferralState } from './state';

export function decide(command: ReferralCommand, state: ReferralState): Decision<ReferralEvent> {
  if (command.type === 'MakeReferral') return makeReferral(command, state);
  if (state.status === 'none')
    return reject('REFERRAL_NOT_FOUND', `Referral ${command.data.referralId} has not been made.`);
  return referralStep(command, state);
}
