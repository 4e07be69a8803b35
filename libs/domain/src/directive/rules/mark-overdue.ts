import { accept, Decision, DomainError, RefusalCode, reject } from '../../shared';
import { describeAddressee, isAddressed } from '../addressees';
import { MarkAcknowledgementOverdue } from '../commands';
import { DirectiveEvent } from '../events';
import { acknowledgementOf, IssuedDirective, overdueMarkOf } from '../state';

/**
 * The deadline process manager's mark that an addressee let acknowledgeBy pass on the current revision.
 * It may come late, even after expiry: the missed deadline stays a fact. Marks are per revision, since an
 * amendment asks every addressee to acknowledge again, possibly by a new deadline.
 */
export function markAcknowledgementOverdue(
  command: MarkAcknowledgementOverdue,
  state: IssuedDirective,
): Decision<DirectiveEvent> {
  const { addressee } = command.data;
  const { directiveId, revision, acknowledgeBy } = state;
  const { now } = command.meta;
  if (!isAddressed(state.addressees, addressee)) {
    return reject(
      'DIRECTIVE_NOT_AN_ADDRESSEE',
      `Directive ${directiveId} is not addressed to ${describeAddressee(addressee)}.`,
    );
  }
  if (Date.parse(now) <= Date.parse(acknowledgeBy)) {
    return reject(
      'DIRECTIVE_ACKNOWLEDGEMENT_NOT_YET_DUE',
      `Revision ${revision} of directive ${directiveId} is to be acknowledged by ${acknowledgeBy}; at ${now} ${describeAddressee(addressee)} is not overdue.`,
    );
  }
  const acknowledgement = acknowledgementOf(state, addressee, revision);
  if (acknowledgement) {
    return reject(
      'DIRECTIVE_ALREADY_ACKNOWLEDGED',
      `Revision ${revision} of directive ${directiveId} was acknowledged for ${describeAddressee(addressee)} at ${acknowledgement.acknowledgedAt}; it is not overdue.`,
    );
  }
  const mark = overdueMarkOf(state, addressee, revision);
  if (mark) {
    return reject(
      'DIRECTIVE_ALREADY_MARKED_OVERDUE',
      `Revision ${revision} of directive ${directiveId} was already marked overdue for ${describeAddressee(addressee)} at ${mark.markedAt}.`,
    );
  }
  return accept({
    type: 'DirectiveAcknowledgementOverdue',
    data: {
      directiveId,
      addressee: { kind: addressee.kind, code: addressee.code },
      revision,
      acknowledgeBy,
      markedAt: now,
    },
  });
}

// Refusals that mean the deadline schedule was behind the stream: someone (another instance, the
// addressee, an operator) got there first, and the next event folded brings the schedule up to date.
const SETTLED: ReadonlySet<RefusalCode> = new Set<RefusalCode>([
  'DIRECTIVE_ALREADY_MARKED_OVERDUE',
  'DIRECTIVE_ALREADY_ACKNOWLEDGED',
  'DIRECTIVE_ACKNOWLEDGEMENT_NOT_YET_DUE',
  'DIRECTIVE_RESCINDED',
  'DIRECTIVE_SUPERSEDED',
]);

/** Whether a refused overdue mark is settled (there is nothing to mark any more) rather than a failure. */
export const overdueMarkSettled = (refusal: DomainError): boolean => SETTLED.has(refusal.code);
