import { agencyReader, commandCenterReader, Reader, Scope, stateReader } from '@hstf/domain';

/** 'command-center' | 'state:TX' | 'agency:FBI': who may read a feed item. */
export type FeedAudience = string;

export const COMMAND_CENTER: FeedAudience = 'command-center';
/** The supervisors and auditors of the command center: the only part of it that reads victims' records. */
export const SUPERVISION: FeedAudience = 'supervision';
/** Every event has an item in exactly one of these: the feeds' record of what was applied. */
export const WITNESS_AUDIENCES: readonly FeedAudience[] = [COMMAND_CENTER, SUPERVISION];
export const stateAudience = (state: string): FeedAudience => `state:${state}`;
export const agencyAudience = (agency: string): FeedAudience => `agency:${agency}`;
/**
 * An agency's victims' records (the referrals and remission petitions it is on), apart from its feed:
 * operators read every agency's feed, and none of these.
 */
export const victimsAudience = (agency: string): FeedAudience => `victims:${agency}`;

/**
 * The command center sees everything; a state or an agency what the event's scope names. A restricted
 * event (a victim's record) goes to its agencies' victims feeds and the supervisors only, as the scope
 * rule reads it.
 */
export function feedAudiences(scope: Scope): FeedAudience[] {
  if (scope.restricted) return [...new Set([SUPERVISION, ...scope.agencies.map(victimsAudience)])];
  return [
    ...new Set([COMMAND_CENTER, ...scope.states.map(stateAudience), ...scope.agencies.map(agencyAudience)]),
  ];
}

/** Whom an audience's items are written for (see the domain's audience readers). */
export function readerOfAudience(audience: FeedAudience): Reader {
  if (audience === COMMAND_CENTER || audience === SUPERVISION) return commandCenterReader;
  const colon = audience.indexOf(':');
  const code = audience.slice(colon + 1);
  const kind = audience.slice(0, colon);
  return kind === 'agency' || kind === 'victims' ? agencyReader(code) : stateReader(code);
}
