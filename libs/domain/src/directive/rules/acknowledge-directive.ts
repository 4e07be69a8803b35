import { accept, Decision, reject } from '../../shared';
import { describeAddressee, isAddressed } from '../addressees';
import { AcknowledgeDirective } from '../commands';
import { DirectiveEvent } from '../events';
import { acknowledgementOf, IssuedDirective, isExpiredAt } from '../state';
import { requireText } from './refusal';
import { requireSpeaksFor } from './speaks-for';

export function acknowledgeDirective(
  command: AcknowledgeDirective,
  state: IssuedDirective,
): Decision<DirectiveEvent> {
  const { addressee, note, context } = command.data;
  const { directiveId, revision, acknowledgeBy } = state;
  const { now, actorAgency } = command.meta;
  if (isExpiredAt(state, now)) {
    return reject(
      'DIRECTIVE_EXPIRED',
      `Directive ${directiveId} expired at ${state.expiresAt} and can no longer be acknowledged at ${now}.`,
    );
  }
  if (!isAddressed(state.addressees, addressee)) {
    return reject(
      'DIRECTIVE_NOT_AN_ADDRESSEE',
      `Directive ${directiveId} is not addressed to ${describeAddressee(addressee)}.`,
    );
  }
  const refusal =
    requireSpeaksFor(directiveId, addressee, command.meta, context) ??
    (note === undefined ? undefined : requireText('acknowledgement note', note, directiveId));
  if (refusal) return refusal;
  const earlier = acknowledgementOf(state, addressee, revision);
  if (earlier) {
    return reject(
      'DIRECTIVE_ALREADY_ACKNOWLEDGED',
      `Revision ${revision} of directive ${directiveId} was already acknowledged for ${describeAddressee(addressee)} by ${earlier.acknowledgedBy} at ${earlier.acknowledgedAt}.`,
    );
  }
  return accept({
    type: 'DirectiveAcknowledged',
    data: {
      directiveId,
      addressee: { kind: addressee.kind, code: addressee.code },
      acknowledgedBy: actorAgency as string, // requireSpeaksFor refuses an actor without an agency
      revision,
      acknowledgedAt: now,
      // Late but before expiry is still worth having: it is recorded, not refused.
      late: Date.parse(now) > Date.parse(acknowledgeBy),
      ...(note === undefined ? {} : { note }),
    },
  });
}
