import { accept, Decision, reject, textProblem } from '../../shared';
import { isReferralOutcome, REFERRAL_OUTCOMES } from '../channels';
import { AcceptReferral, CloseReferral, StartReferral } from '../commands';
import { ReferralEvent } from '../events';
import { KnownReferral, ReferralStatus } from '../state';

/** The status each step needs, and what it is called in a refusal. */
const FROM: { readonly [T in 'AcceptReferral' | 'StartReferral']: ReferralStatus } = {
  AcceptReferral: 'made',
  StartReferral: 'accepted',
};

/** The receiving agency takes each step (a supervisor may record it on its behalf). */
function requireReceiver(state: KnownReferral, actorAgency: string | undefined): Decision<never> | undefined {
  return actorAgency === undefined || actorAgency === state.receivingAgency
    ? undefined
    : reject(
        'REFERRAL_NOT_RECEIVING_AGENCY',
        `Only ${state.receivingAgency}, which received referral ${state.referralId}, records its steps; the actor acts for ${actorAgency}.`,
      );
}

export function referralStep(
  command: AcceptReferral | StartReferral | CloseReferral,
  state: KnownReferral,
): Decision<ReferralEvent> {
  const refusal = requireReceiver(state, command.meta.actorAgency);
  if (refusal) return refusal;
  if (state.status === 'closed')
    return reject(
      'REFERRAL_CLOSED',
      `Referral ${state.referralId} was closed (${state.outcome}); it takes no further step.`,
    );
  const { note } = command.data;
  const badNote = note === undefined ? undefined : textProblem(note, 'text');
  if (badNote) return reject('REFERRAL_INVALID_TEXT', `The note on referral ${state.referralId} ${badNote}.`);
  const step = {
    referralId: state.referralId,
    receivingAgency: state.receivingAgency,
    taskForce: state.taskForce,
    channel: state.channel,
    ...(note === undefined ? {} : { note }),
  };
  const now = command.meta.now;
  if (command.type === 'CloseReferral') {
    if (!isReferralOutcome(command.data.outcome))
      return reject(
        'REFERRAL_UNKNOWN_OUTCOME',
        `Referral ${state.referralId} is closed with ${command.data.outcome}; the outcomes are ${REFERRAL_OUTCOMES.join(', ')}.`,
      );
    return accept({
      type: 'ReferralClosed',
      data: { ...step, outcome: command.data.outcome, closedAt: now },
    });
  }
  if (state.status !== FROM[command.type])
    return reject(
      'REFERRAL_OUT_OF_ORDER',
      `Referral ${state.referralId} is ${state.status}; ${command.type === 'AcceptReferral' ? 'only a referral just made is accepted' : 'only an accepted referral is started'}.`,
    );
  return command.type === 'AcceptReferral'
    ? accept({ type: 'ReferralAccepted', data: { ...step, acceptedAt: now } })
    : accept({ type: 'ReferralStarted', data: { ...step, startedAt: now } });
}
