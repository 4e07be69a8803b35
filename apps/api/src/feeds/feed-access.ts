import { Actor, canReadAgency, canReadState, Role } from '@hstf/auth';
import { forbidden } from '../http/problem';

// The supervisors' feed: escalations such as overdue acknowledgements land there.
const COMMAND_CENTER_ROLES: readonly Role[] = ['operator', 'supervisor', 'auditor'];

/** Refusals are thrown before the stream starts, so they are answered 403 problem+json. */
export function requireAgencyFeed(actor: Actor, agency: string): void {
  if (!canReadAgency(actor, agency))
    throw forbidden(
      `A liaison subscribes only to its own agency's feed, not to ${agency}'s.`,
      'FEED_NOT_YOURS',
    );
}

export function requireStateFeed(actor: Actor, state: string): void {
  if (!canReadState(actor, state))
    throw forbidden(`State ${state} is not among the states of this token.`, 'FEED_NOT_YOURS');
}

export function requireCommandCenterFeed(actor: Actor): void {
  if (!actor.roles.some((role) => COMMAND_CENTER_ROLES.includes(role)))
    throw forbidden('The command center feed is for operators, supervisors and auditors.', 'FEED_NOT_YOURS');
}
