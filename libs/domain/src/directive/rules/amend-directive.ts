import { accept, Decision, reject } from '../../shared';
import { AmendDirective } from '../commands';
import { DirectiveEvent } from '../events';
import { IssuedDirective } from '../state';
import { checkAddressees } from './addressee-rules';
import { additionsOf, amendmentOf } from './amendment-diff';
import { requirePriority } from './priority';
import { Refusal, requireInstant, requireText } from './refusal';
import { checkTimes, requireDeadlineAhead } from './timing';

const ifGiven = <T>(value: T | undefined, rule: (value: T) => Refusal): Refusal =>
  value === undefined ? undefined : rule(value);

/**
 * An amendment makes a new revision that every addressee acknowledges again, the new ones with the rest;
 * acknowledgements of earlier revisions stay on record.
 */
export function amendDirective(command: AmendDirective, state: IssuedDirective): Decision<DirectiveEvent> {
  const { changes, reason } = command.data;
  const { directiveId } = state;
  const refusal =
    requireText('reason for amending', reason, directiveId) ??
    ifGiven(changes.title, (title) => requireText('title', title, directiveId, 'line')) ??
    ifGiven(changes.body, (body) => requireText('body', body, directiveId)) ??
    ifGiven(changes.priority, (priority) => requirePriority(priority, directiveId)) ??
    ifGiven(changes.acknowledgeBy, (at) => requireInstant('acknowledgement deadline', at, directiveId)) ??
    ifGiven(changes.expiresAt, (at) => requireInstant('expiry time', at, directiveId)) ??
    checkAddressees(directiveId, additionsOf(changes), state.addressees);
  if (refusal) return refusal;
  const amendment = amendmentOf(state, changes);
  if (Object.keys(amendment).length === 0) {
    return reject(
      'DIRECTIVE_NO_CHANGES',
      `The amendment of directive ${directiveId} changes nothing in revision ${state.revision}; no new revision is made.`,
    );
  }
  const timesRefusal = checkTimes(directiveId, {
    effectiveAt: state.effectiveAt,
    acknowledgeBy: amendment.acknowledgeBy ?? state.acknowledgeBy,
    expiresAt: amendment.expiresAt ?? state.expiresAt,
  });
  if (timesRefusal) return timesRefusal;
  // A new deadline must still be ahead; one that is kept may have passed (it is then overdue already).
  const deadlineRefusal = ifGiven(amendment.acknowledgeBy, (at) =>
    requireDeadlineAhead(directiveId, at, command.meta.now),
  );
  if (deadlineRefusal) return deadlineRefusal;
  return accept({
    type: 'DirectiveAmended',
    data: {
      directiveId,
      revision: state.revision + 1,
      changes: amendment,
      reason,
      amendedAt: command.meta.now,
    },
  });
}
