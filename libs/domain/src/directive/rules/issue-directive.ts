import { accept, Decision, reject } from '../../shared';
import { IssueDirective } from '../commands';
import { DirectiveEvent } from '../events';
import { DirectiveState } from '../state';
import { checkAddressees } from './addressee-rules';
import { requirePriority } from './priority';
import { requireInstant, requireText, requireUuid } from './refusal';
import { checkTimes, requireDeadlineAhead } from './timing';

export function issueDirective(command: IssueDirective, state: DirectiveState): Decision<DirectiveEvent> {
  const { directiveId, title, body, priority, addressees, authority, effectiveAt, expiresAt, acknowledgeBy } =
    command.data;
  if (state.status !== 'not_issued') {
    return reject(
      'DIRECTIVE_ALREADY_ISSUED',
      `Directive ${directiveId} was already issued at ${state.issuedAt}; a directive is issued once.`,
    );
  }
  const badId = requireUuid('id', directiveId, directiveId);
  if (badId) return badId;
  if (authority.trim() === '') {
    return reject(
      'DIRECTIVE_AUTHORITY_REQUIRED',
      `Directive ${directiveId} cites no legal authority; supervisory direction must name the authority it rests on.`,
    );
  }
  if (addressees.states.length + addressees.agencies.length === 0) {
    return reject(
      'DIRECTIVE_NO_ADDRESSEES',
      `Directive ${directiveId} is addressed to no state and no agency; it needs at least one addressee.`,
    );
  }
  const refusal =
    requireText('title', title, directiveId, 'line') ??
    requireText('body', body, directiveId) ??
    requireText('authority', authority, directiveId, 'line') ??
    requirePriority(priority, directiveId) ??
    checkAddressees(directiveId, addressees) ??
    requireInstant('effective time', effectiveAt, directiveId) ??
    requireInstant('acknowledgement deadline', acknowledgeBy, directiveId) ??
    (expiresAt === undefined ? undefined : requireInstant('expiry time', expiresAt, directiveId)) ??
    checkTimes(directiveId, { effectiveAt, acknowledgeBy, expiresAt }) ??
    requireDeadlineAhead(directiveId, acknowledgeBy, command.meta.now);
  if (refusal) return refusal;
  return accept({
    type: 'DirectiveIssued',
    data: {
      directiveId,
      title,
      body,
      priority,
      addressees: { states: [...addressees.states], agencies: [...addressees.agencies] },
      authority,
      effectiveAt,
      ...(expiresAt === undefined ? {} : { expiresAt }),
      acknowledgeBy,
      issuedAt: command.meta.now,
      revision: 1,
    },
  });
}
