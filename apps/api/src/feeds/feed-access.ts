import { Actor, Role } from '@hstf/auth';
import { mayReadAgency, mayReadState, Reader, readsRestricted } from '@hstf/domain';
import { forbidden } from '../http/problem';

// The supervisors' feed: escalations such as overdue acknowledgements land there.
const COMMAND_CENTER_ROLES: readonly Role[] = ['operator', 'supervisor', 'auditor'];

/** Refusals are thrown before the stream starts, so they are answered 403 problem+json. */
export function requireAgencyFeed(reader: Reader, agency: string): void {
  if (!mayReadAgency(reader, agency))
    throw forbidden(
      `A liaison subscribes only to its own agency's feed, not to ${agency}'s.`,
      'FEED_NOT_YOURS',
    );
}

/** By the same rule as the state's board: the token's states and the task forces the agency co-leads. */
export function requireStateFeed(reader: Reader, state: string): void {
  if (!mayReadState(reader, state))
    throw forbidden(
      `State ${state} is neither among the states of this token nor co-led by its agency.`,
      'FEED_NOT_YOURS',
    );
}

export function requireCommandCenterFeed(actor: Actor): void {
  if (!actor.roles.some((role) => COMMAND_CENTER_ROLES.includes(role)))
    throw forbidden('The command center feed is for operators, supervisors and auditors.', 'FEED_NOT_YOURS');
}

/** Victims' records (referrals, remission petitions) beside everything else: supervisors and auditors. */
export function requireSupervisionFeed(reader: Reader): void {
  if (!readsRestricted(reader))
    throw forbidden('The supervision feed is for supervisors and auditors.', 'FEED_NOT_YOURS');
}

/** An agency's victims' records: that agency's own liaisons, and supervisors and auditors. */
export function requireVictimsFeed(reader: Reader, agency: string): void {
  const own = reader.roles.includes('liaison') && reader.agency === agency;
  if (!own && !readsRestricted(reader))
    throw forbidden(
      "An agency's victims' records are read by its own liaisons, supervisors and auditors.",
      'FEED_NOT_YOURS',
    );
}
