import { AGENCY_CODE, isStateCode } from '../../reference';
import { accept, Decision, reject, textProblem } from '../../shared';
import { CHANNEL_RECEIVERS, isReferralChannel, REFERRAL_CHANNELS } from '../channels';
import { MakeReferral } from '../commands';
import { ReferralEvent } from '../events';
import { ReferralState } from '../state';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Each channel goes to the one place that handles it: victim services to CCHT or a registered partner
 * NGO, remission to DOJ-MLARS, restitution to DOL-OIG. A referral anywhere else would wait for an agency
 * that has no process for it.
 */
function receiverProblem(command: MakeReferral): Decision<never> | undefined {
  const { referralId, channel, receivingAgency, context } = command.data;
  const expected = CHANNEL_RECEIVERS[channel];
  const ngo = channel === 'victim-services' && context.receiverIsNgo;
  if (receivingAgency === expected || ngo) return undefined;
  return reject(
    'REFERRAL_WRONG_RECEIVER',
    `Referral ${referralId}: ${channel} referrals go to ${expected}${channel === 'victim-services' ? ' or a registered partner NGO' : ''}, not to ${receivingAgency}.`,
  );
}

export function makeReferral(command: MakeReferral, state: ReferralState): Decision<ReferralEvent> {
  const {
    referralId,
    caseReference,
    channel,
    referringAgency,
    receivingAgency,
    taskForce,
    taskingId,
    reportId,
    note,
  } = command.data;
  if (state.status !== 'none')
    return reject(
      'REFERRAL_ALREADY_MADE',
      `Referral ${referralId} was already made by ${state.referringAgency}.`,
    );
  if (!isReferralChannel(channel))
    return reject(
      'REFERRAL_UNKNOWN_CHANNEL',
      `Referral ${referralId} names the channel ${channel}; the channels are ${REFERRAL_CHANNELS.join(', ')}.`,
    );
  if (!isStateCode(taskForce))
    return reject(
      'REFERRAL_UNKNOWN_TASK_FORCE',
      `Referral ${referralId} names ${taskForce}, which is not a state task force.`,
    );
  for (const agency of [referringAgency, receivingAgency])
    if (!AGENCY_CODE.test(agency))
      return reject(
        'REFERRAL_INVALID_AGENCY_CODE',
        `Referral ${referralId} names ${agency}, which is not an agency code.`,
      );
  if (command.meta.actorAgency !== undefined && command.meta.actorAgency !== referringAgency)
    return reject(
      'REFERRAL_NOT_REFERRING_AGENCY',
      `Only ${referringAgency}'s liaison or a supervisor makes a referral for ${referringAgency}; the actor acts for ${command.meta.actorAgency}.`,
    );
  if (referringAgency === receivingAgency)
    return reject(
      'REFERRAL_TO_ITSELF',
      `Referral ${referralId}: ${referringAgency} cannot refer a case to itself.`,
    );
  if (!command.data.context.taskForceMembers.includes(referringAgency))
    return reject(
      'REFERRAL_NOT_A_MEMBER',
      `Referral ${referralId}: ${referringAgency} is not a member agency of an established ${taskForce} task force.`,
    );
  const receiver = receiverProblem(command);
  if (receiver) return receiver;
  for (const [field, id] of [
    ['tasking', taskingId],
    ['report', reportId],
  ] as const)
    if (id !== undefined && !UUID.test(id))
      return reject(
        'REFERRAL_INVALID_LINK',
        `Referral ${referralId} names the ${field} ${id}, which is not a lower-case UUID.`,
      );
  const blank = caseReference.trim() === '' ? 'must not be blank' : textProblem(caseReference, 'line');
  if (blank) return reject('REFERRAL_INVALID_TEXT', `The case reference of referral ${referralId} ${blank}.`);
  const badNote = note === undefined ? undefined : textProblem(note, 'text');
  if (badNote) return reject('REFERRAL_INVALID_TEXT', `The note of referral ${referralId} ${badNote}.`);
  return accept({
    type: 'ReferralMade',
    data: {
      referralId,
      caseReference,
      channel,
      referringAgency,
      receivingAgency,
      taskForce,
      ...(taskingId === undefined ? {} : { taskingId }),
      ...(reportId === undefined ? {} : { reportId }),
      ...(note === undefined ? {} : { note }),
      madeAt: command.meta.now,
    },
  });
}
